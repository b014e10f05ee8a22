import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { CAMPAIGN_ID, createInvestor, startCashlink, startReceiver, waitFor, type TestCashlink } from "./test-helpers";

const run = promisify(execFile);
const SCRIPT = path.join(path.dirname(new URL(import.meta.url).pathname), "contract", "seed-guide.py");

/**
 * Contract test: Cashlink's own "create an investment" guide script (seed 003),
 * unchanged except for its five configuration values, must run green against
 * the sandbox over real HTTP.
 */
describe("Cashlink guide script against the sandbox", () => {
  let cl: TestCashlink;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let baseUrl: string;

  beforeAll(async () => {
    receiver = await startReceiver();
    cl = await startCashlink({ SANDBOX_CL_WEBHOOK_URL: receiver.url });
    const address = await cl.app.listen({ port: 0, host: "127.0.0.1" });
    baseUrl = `${address}/cashlink`;
  });

  afterAll(async () => {
    await cl?.close();
    await receiver?.close();
  });

  /** The guide script with its five configuration values pointed at the sandbox; rejects on a non-zero exit. */
  function runGuide(investorId: string) {
    return run("python3", [SCRIPT], {
      timeout: 60_000,
      env: {
        ...process.env,
        CASHLINK_URL: baseUrl,
        CASHLINK_CLIENT_ID: cl.env.SANDBOX_CL_CLIENT_ID,
        CASHLINK_CLIENT_SECRET: cl.env.SANDBOX_CL_CLIENT_SECRET,
        CASHLINK_CAMPAIGN_ID: CAMPAIGN_ID,
        CASHLINK_INVESTOR_ID: investorId,
      },
    });
  }

  it("creates invitation, investment and wallet link exactly as the guide does", async () => {
    // The guide assumes an investor from the "create an investor" guide: identified, with a wallet.
    const investor = await createInvestor(cl, { kyc: true, wallet: true });

    const { stdout } = await runGuide(investor.id); // execFile rejects on a non-zero exit, so reaching here means exit code 0.

    const [investmentId, status] = stdout.trim().split("\n");
    expect(status).toBe("WAITING_FOR_ACCEPTANCE");

    const investment = (await cl.call("GET", `/v2/investments/${investmentId}/`)).json();
    expect(investment).toMatchObject({
      investor_id: investor.id,
      campaign_id: CAMPAIGN_ID,
      units: 1100,
      wallet: investor.walletId,
      signed_at: "2022-03-22T08:33:45.617Z",
      amount: { amount: "1100000", decimals: 3, currency: "EUR" },
    });

    const invitation = (await cl.call("GET", `/v2/invitations/${investment.invitation_id}/`)).json();
    expect(invitation).toMatchObject({
      investor_id: investor.id,
      investment_id: investmentId,
      self_disclosure_monthly_income: true,
      self_disclosure_net_worth_100k: true,
      survey: [],
      survey_result: "NO_ANSWERS",
      survey_waiver: "NO_ANSWERS",
      missing_requirements: [],
    });

    const invitations = (await cl.call("GET", `/v2/invitations/?investor_id=${investor.id}`)).json();
    expect(invitations.count).toBe(1);

    // The new investment's status was announced to the configured webhook URL.
    await waitFor(() => receiver.received.some((r) => (r.body as { investment_id: string }).investment_id === investmentId));
  });

  it("fails (non-zero exit) when the investor has no wallet, so the green run above means something", async () => {
    const investor = await createInvestor(cl);
    const result = await runGuide(investor.id).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("assert len(investor_wallets) > 0");
  });
});
