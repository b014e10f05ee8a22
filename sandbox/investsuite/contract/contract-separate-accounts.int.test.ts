import { describe, expect, it } from "vitest";

import { forSuite } from "../../../scripts/test-support/for-suite";
import { login, withBearer, type Portfolio } from "./contract-support";
import { loadHttpFile, sendHttpFile } from "./http-file";
import { startContractSandbox } from "./test-sandbox";

describe("InvestSuite seed requests on a fresh sandbox", () => {
  const sandbox = forSuite(startContractSandbox);

  // The Self Investor and Robo examples share one external_id, and the deposit and withdraw
  // examples one Idempotency-Key, so each pair can only both succeed on separate accounts.
  it("create-portfolio-self-investor.fixed.http then event-withdraw.http succeed", async () => {
    const token = (await login(sandbox)).access_token;
    const created = await sendHttpFile(await loadHttpFile("create-portfolio-self-investor.fixed.http"), {
      baseUrl: sandbox.baseUrl,
      token,
    });
    expect(created.status).toBe(201);
    const portfolio = created.json() as Portfolio;
    expect(portfolio).toMatchObject({
      money_type: "REAL_MONEY",
      config: { manager: "USER_MANAGED" },
      brokerage_account: { bank_account_type: "IBAN", bank_account_number: "BE01234567891234", payment_reference: "32154796" },
      portfolio: { $USD: 10000 },
    });
    const withdraw = await sendHttpFile(withBearer(await loadHttpFile("event-withdraw.http")), {
      baseUrl: sandbox.baseUrl,
      token,
      vars: { portfolioId: portfolio.id },
    });
    expect(withdraw.status).toBe(201);
    expect(withdraw.json()).toMatchObject({ type: "CASH_WITHDRAWAL", portfolio_id: portfolio.id, amount: "1000" });
  });
});
