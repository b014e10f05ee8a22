import { describe, expect, it } from "vitest";

import { forSuite } from "@/scripts/test-support/for-suite";

import { providerRejection as refusal } from "../test-rejection";
import { DEMO_CUSTOMER, startHarness } from "./test-sandbox";

describe("WiseAlpha client against the sandbox: robowise", () => {
  const sandbox = forSuite(startHarness);

  it("reads configuration data and checks a profile, with the 400 for an unknown profile", async () => {
    const client = sandbox.client();
    const config = await client.getRobowiseConfiguration("GBP");
    expect(config.risk_profiles.map((p) => [p.reference, p.weightings.medium])).toEqual([
      ["RWRP00000002", "1"],
      ["RWRP00000003", "0.5"],
      ["RWRP00000004", "0.5"],
    ]);
    const check = await client.checkRobowiseProfile({ riskProfileId: "RWRP00000003" });
    expect(check.issues).toEqual([]);
    const error = await refusal(client.checkRobowiseProfile({ riskProfileId: "RWRP0" }));
    expect([error.status, error.details]).toEqual([400, { risk_profile_id: ['Invalid pk "RWRP0" - object does not exist.'] }]);
  });

  it("lists, creates, updates, funds, withdraws from and closes a portfolio", async () => {
    const client = sandbox.client();
    const [seeded] = await client.listRobowise(DEMO_CUSTOMER, ["balance", "ideals"]);
    expect(seeded).toMatchObject({ name: "Nest Egg", status: { state: "open" }, balance: { amount: "2500.00" } });
    expect(seeded!.ideals!.length).toBeGreaterThan(0);

    const created = await client.createRobowise({ ...DEMO_CUSTOMER, name: "Test pot", parameters: { riskProfileId: "RWRP00000002" } });
    const ref = { ...DEMO_CUSTOMER, robowiseId: created.reference };
    expect(created.status.state).toBe("opening");
    const updated = await client.updateRobowise({ ...ref, parameters: { riskProfileId: "RWRP00000003", reinvestPayments: true } });
    expect(updated.parameters).toMatchObject({ risk_profile_id: "RWRP00000003", reinvest_payments: true });

    expect(await client.fundRobowise({ ...ref, amount: "150.00" })).toEqual({ amount: "150.00", currency: "GBP" });
    const short = await refusal(client.fundRobowise({ ...ref, amount: "99999999" }));
    expect(short.status).toBe(422);
    expect(short.userMessage).toMatch(/available cash is less than the amount/);

    const withdrawn = await client.withdrawFromRobowise({ ...ref, type: "some", amount: "100.00" });
    expect((await client.getRobowise(ref, ["balance"])).balance).toEqual({ amount: "50.00", currency: "GBP" });
    expect(withdrawn.status.state).toBe("opening");

    const closing = await client.closeRobowise({ ...ref, closureType: "liquidate" });
    expect(closing.status.state).toBe("closing");
    const again = await refusal(client.closeRobowise({ ...ref, closureType: "liquidate" }));
    expect([again.status, again.details]).toEqual([400, { detail: "This robowise portfolio is already closing." }]);
    const invalid = await refusal(client.createRobowise({ ...DEMO_CUSTOMER, parameters: { riskProfileId: "nope" } }));
    expect(invalid.details).toEqual({ parameters: { risk_profile_id: ['Invalid pk "nope" - object does not exist.'] } });
    const missing = await refusal(client.getRobowise({ ...DEMO_CUSTOMER, robowiseId: "RWACC99999999" }));
    expect([missing.status, missing.details]).toEqual([404, { detail: "Not found." }]);
  });

  it("moves a holding into a portfolio and reads the account's activity and a holding's history", async () => {
    const client = sandbox.client();
    const [seeded] = await client.listRobowise(DEMO_CUSTOMER);
    const history = await client.listProductTransactions({ ...DEMO_CUSTOMER, productId: "INVMKT00000003" });
    const first = history[0]!;
    expect(await client.getProductTransaction({ ...DEMO_CUSTOMER, productId: "INVMKT00000003", reference: first.reference })).toEqual(
      first,
    );
    expect((await client.getActivity({ ...DEMO_CUSTOMER, currency: "GBP" })).length).toBeGreaterThan(0);
    expect((await client.listAvailableAccounts("10000001")).results.every((a) => typeof a.title === "string")).toBe(true);

    await client.transferHolding({ ...DEMO_CUSTOMER, productId: "INVMKT00000003", toAccount: seeded!.reference });
    const after = await client.getRobowise({ ...DEMO_CUSTOMER, robowiseId: seeded!.reference }, ["ideals"]);
    expect(after.ideals!.find((i) => i.product_id === "INVMKT00000003")?.held).toBe("2000.00");
    const again = await refusal(client.transferHolding({ ...DEMO_CUSTOMER, productId: "INVMKT00000003", toAccount: seeded!.reference }));
    expect([again.status, again.details]).toEqual([404, { detail: "Not found." }]);
    const wrong = await refusal(client.transferHolding({ ...DEMO_CUSTOMER, productId: "INVMKT00000002", toAccount: "RWACC99" }));
    expect([wrong.status, wrong.details]).toEqual([400, { account: ['Invalid pk "RWACC99" - object does not exist.'] }]);
  });
});
