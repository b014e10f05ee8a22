import { randomUUID } from "node:crypto";

import Decimal from "decimal.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import type { WiseAlphaClient } from "@/lib/providers/wisealpha/client";
import { DEMO_CUSTOMER, startHarness } from "@/lib/providers/wisealpha/test-sandbox";
import { signInAs } from "@/scripts/test-support/auth";
import { forSuite } from "@/scripts/test-support/for-suite";

import {
  checkRobowiseAction,
  createRobowiseAction,
  fundAccountAction,
  fundRobowiseAction,
  updateRobowiseAction,
  withdrawRobowiseAction,
} from "./wisealpha-robowise";

/**
 * #16: robowise create/update/fund/withdraw and bank transfer instructions against the sandbox:
 * orders.trade only, audited before and after, one WiseAlpha call per form key, and
 * WiseAlpha's 4xx bodies as field errors.
 */
const db = createPrismaClient(process.env.DATABASE_URL!, 2);
const harness = forSuite(startHarness);
let wiseAlpha: WiseAlphaClient;
const ref = { customerRef: DEMO_CUSTOMER.customerId, accountId: DEMO_CUSTOMER.accountId };
const params = { riskProfileId: "RWRP00000002", excludedIndustries: [], excludedCompanies: [], reinvestPayments: false };

beforeAll(async () => {
  process.env.WISEALPHA_BASE_URL = `${harness.url}/wisealpha/v1`;
  delete (globalThis as { wiseAlpha?: unknown }).wiseAlpha;
  wiseAlpha = harness.client();
});
afterAll(async () => {
  await db.$disconnect();
});
beforeEach(async () => {
  await harness.resetFaults();
});

const parentCash = async () =>
  (await wiseAlpha.getBalances({ customerId: ref.customerRef, accountId: ref.accountId })).find((b) => b.currency === "GBP")!.amount;
const auditsOf = (action: string, targetId?: string) =>
  db.auditEntry.findMany({ where: { action, ...(targetId ? { targetId } : {}) }, orderBy: { id: "asc" } });

async function createOne(name = `Test ${randomUUID().slice(0, 6)}`) {
  await signInAs("STAFF");
  const result = await createRobowiseAction({ ...ref, requestKey: randomUUID(), name, ...params });
  expect(result.validationErrors).toBeUndefined();
  expect(result.serverError).toBeUndefined();
  return result.data!;
}

describe("permission", () => {
  it.each([
    ["create", () => createRobowiseAction({ ...ref, requestKey: randomUUID(), ...params })],
    ["update", () => updateRobowiseAction({ ...ref, requestKey: randomUUID(), robowiseId: "RWACC00000001", ...params })],
    ["fund", () => fundRobowiseAction({ ...ref, requestKey: randomUUID(), robowiseId: "RWACC00000001", amount: "10.00" })],
    ["withdraw", () => withdrawRobowiseAction({ ...ref, requestKey: randomUUID(), robowiseId: "RWACC00000001", type: "all" })],
    ["fund account", () => fundAccountAction({ ...ref, requestKey: randomUUID(), currency: "GBP", amount: "10.00" })],
    ["check", () => checkRobowiseAction(params)],
  ])("compliance may not %s: refused before anything is written or sent", async (_name, run) => {
    const before = await db.wiseAlphaAccountWrite.count();
    await signInAs("COMPLIANCE");
    const result = await run();
    expect(result.serverError).toMatch(/does not allow this \(orders\.trade\)/);
    expect(await db.wiseAlphaAccountWrite.count()).toBe(before);
  });
});

describe("create and update", () => {
  it("staff creates a portfolio: WiseAlpha has it, our row is DONE, and the audit has intent and outcome naming it", async () => {
    const created = await createOne("Rainy Day");
    expect(created).toMatchObject({ name: "Rainy Day", state: "opening" });
    const list = await wiseAlpha.listRobowise({ customerId: ref.customerRef, accountId: ref.accountId });
    expect(list.map((p) => p.reference)).toContain(created.robowiseId);
    const row = await db.wiseAlphaAccountWrite.findFirstOrThrow({ where: { robowiseRef: created.robowiseId, kind: "ROBOWISE_CREATE" } });
    expect(row.state).toBe("DONE");
    const audits = (await auditsOf("wisealpha_robowise.created")).filter((a) => (a.details as { request?: string }).request === row.id);
    expect(audits.map((a) => [a.outcome, a.targetId])).toEqual([
      ["ATTEMPTED", null],
      ["SUCCESS", created.robowiseId],
    ]);
  });

  it("the same form key twice creates one portfolio and gives the first answer", async () => {
    await signInAs("STAFF");
    const input = { ...ref, requestKey: randomUUID(), name: "Twice", ...params };
    const before = (await wiseAlpha.listRobowise({ customerId: ref.customerRef, accountId: ref.accountId })).length;
    const [a, b] = [await createRobowiseAction(input), await createRobowiseAction(input)];
    expect(b.data).toEqual(a.data);
    expect((await wiseAlpha.listRobowise({ customerId: ref.customerRef, accountId: ref.accountId })).length).toBe(before + 1);
  });

  it("an unknown risk profile is WiseAlpha's 400, shown on the risk profile field", async () => {
    await signInAs("STAFF");
    const result = await createRobowiseAction({ ...ref, requestKey: randomUUID(), ...params, riskProfileId: "RWRP00000099" });
    expect(result.data).toBeUndefined();
    // The profile check runs first and WiseAlpha's 400 names the field.
    expect(result.validationErrors).toMatchObject({
      riskProfileId: { _errors: [expect.stringMatching(/^WiseAlpha: Invalid pk "RWRP00000099"/)] },
    });
  });

  it("changing the parameters reaches WiseAlpha, audited", async () => {
    const created = await createOne();
    await signInAs("STAFF");
    const result = await updateRobowiseAction({
      ...ref,
      requestKey: randomUUID(),
      robowiseId: created.robowiseId,
      name: "Renamed",
      ...params,
      riskProfileId: "RWRP00000003",
      reinvestPayments: true,
    });
    expect(result.data).toEqual({ robowiseId: created.robowiseId, name: "Renamed", riskProfileId: "RWRP00000003" });
    const now = await wiseAlpha.getRobowise({ customerId: ref.customerRef, accountId: ref.accountId, robowiseId: created.robowiseId });
    expect(now.parameters).toMatchObject({ risk_profile_id: "RWRP00000003", reinvest_payments: true });
    expect((await auditsOf("wisealpha_robowise.updated", created.robowiseId)).map((a) => a.outcome)).toEqual(["ATTEMPTED", "SUCCESS"]);
  });

  it("changing a closing portfolio is WiseAlpha's 400 detail, shown as the form's message", async () => {
    const created = await createOne();
    await wiseAlpha.closeRobowise({
      customerId: ref.customerRef,
      accountId: ref.accountId,
      robowiseId: created.robowiseId,
      closureType: "liquidate",
    });
    await signInAs("STAFF");
    const result = await updateRobowiseAction({ ...ref, requestKey: randomUUID(), robowiseId: created.robowiseId, ...params });
    expect(result.validationErrors).toMatchObject({
      _errors: [expect.stringMatching(/^WiseAlpha refused this: A closing robowise portfolio cannot be changed\./)],
    });
    expect((await auditsOf("wisealpha_robowise.updated", created.robowiseId)).map((a) => a.outcome)).toEqual(["ATTEMPTED", "FAILURE"]);
  });

  it("the profile check answers with bonds, yield and issues", async () => {
    await signInAs("STAFF");
    const result = await checkRobowiseAction(params);
    expect(result.data).toMatchObject({ issues: expect.any(Array) });
    expect(Number(result.data!.bondCount)).toBeGreaterThan(0);
  });
});

describe("fund and withdraw", () => {
  it("funding moves the parent's cash into the portfolio, once per form key", async () => {
    const created = await createOne();
    const before = await parentCash();
    await signInAs("STAFF");
    const input = { ...ref, requestKey: randomUUID(), robowiseId: created.robowiseId, amount: "150.50" };
    const first = await fundRobowiseAction(input);
    expect(first.data).toEqual({ cash: "150.50", currency: "GBP" });
    // A retry of the same submission (double click, lost page) is not sent again.
    expect((await fundRobowiseAction(input)).data).toEqual(first.data);
    expect(new Decimal(before).minus(await parentCash()).toFixed(2)).toBe("150.50");
    const row = await db.wiseAlphaAccountWrite.findUniqueOrThrow({ where: { requestKey: input.requestKey } });
    expect(row).toMatchObject({ kind: "ROBOWISE_FUND", state: "DONE", robowiseRef: created.robowiseId });
    expect(row.amount?.toFixed(2)).toBe("150.50");
    expect((await auditsOf("wisealpha_robowise.funded", created.robowiseId)).map((a) => a.outcome)).toEqual(["ATTEMPTED", "SUCCESS"]);
  });

  it("more than the parent's cash is WiseAlpha's 422, a clear form message; the same form may then send less", async () => {
    const created = await createOne();
    await signInAs("STAFF");
    const input = { ...ref, requestKey: randomUUID(), robowiseId: created.robowiseId, amount: "99999999.00" };
    const refused = await fundRobowiseAction(input);
    expect(refused.data).toBeUndefined();
    expect(JSON.stringify(refused.validationErrors)).toMatch(/Insufficient funds/);
    expect((await db.wiseAlphaAccountWrite.findUniqueOrThrow({ where: { requestKey: input.requestKey } })).state).toBe("REFUSED");
    const corrected = await fundRobowiseAction({ ...input, amount: "10.00" });
    expect(corrected.data).toEqual({ cash: "10.00", currency: "GBP" });
    expect((await auditsOf("wisealpha_robowise.funded", created.robowiseId)).map((a) => a.outcome)).toEqual([
      "ATTEMPTED",
      "FAILURE",
      "ATTEMPTED",
      "SUCCESS",
    ]);
  });

  it("a lost answer (503) leaves the request UNKNOWN; sending the same form again says it may already have been applied", async () => {
    const created = await createOne();
    await signInAs("STAFF");
    const input = { ...ref, requestKey: randomUUID(), robowiseId: created.robowiseId, amount: "5.00" };
    await harness.setFaults({ errorRate: 1, errorStatus: 503 });
    const lost = await fundRobowiseAction(input);
    await harness.resetFaults();
    expect(lost.serverError).toMatch(/may already have been applied/);
    expect((await db.wiseAlphaAccountWrite.findUniqueOrThrow({ where: { requestKey: input.requestKey } })).state).toBe("UNKNOWN");
    const again = await fundRobowiseAction(input);
    expect(again.serverError).toMatch(/may already have been applied/);
  });

  it("withdrawing an amount moves it back to the parent; an amount-less 'some' is refused by our schema", async () => {
    const created = await createOne();
    await signInAs("STAFF");
    await fundRobowiseAction({ ...ref, requestKey: randomUUID(), robowiseId: created.robowiseId, amount: "40.00" });
    const before = await parentCash();
    const result = await withdrawRobowiseAction({
      ...ref,
      requestKey: randomUUID(),
      robowiseId: created.robowiseId,
      type: "some",
      amount: "15.00",
    });
    expect(result.data).toMatchObject({ type: "none", pending: "0.00" });
    expect(new Decimal(await parentCash()).minus(before).toFixed(2)).toBe("15.00");
    expect((await auditsOf("wisealpha_robowise.withdrawal_set", created.robowiseId)).map((a) => a.outcome)).toEqual([
      "ATTEMPTED",
      "SUCCESS",
    ]);

    const missing = await withdrawRobowiseAction({ ...ref, requestKey: randomUUID(), robowiseId: created.robowiseId, type: "some" });
    expect(missing.validationErrors).toMatchObject({ amount: { _errors: [expect.any(String)] } });
  });

  it("withdrawing all empties the portfolio's cash", async () => {
    const created = await createOne();
    await signInAs("STAFF");
    await fundRobowiseAction({ ...ref, requestKey: randomUUID(), robowiseId: created.robowiseId, amount: "20.00" });
    const result = await withdrawRobowiseAction({ ...ref, requestKey: randomUUID(), robowiseId: created.robowiseId, type: "all" });
    expect(result.serverError).toBeUndefined();
    const now = await wiseAlpha.getRobowise({ customerId: ref.customerRef, accountId: ref.accountId, robowiseId: created.robowiseId }, [
      "balance",
    ]);
    expect(now.balance?.amount).toBe("0.00");
  });
});

describe("fund instructions", () => {
  it("a bank transfer request gives the details and the reference the customer must quote, recorded and audited", async () => {
    await signInAs("STAFF");
    const input = { ...ref, requestKey: randomUUID(), currency: "GBP", amount: "1000" };
    const result = await fundAccountAction(input);
    expect(result.data).toMatchObject({ amount: "1000.00", currency: "GBP", wisealphaReference: expect.stringMatching(/^BNKXFR/) });
    expect(result.data!.bankReference).toMatch(/^\d{3}-\d{3}-\d{3}$/);
    const audits = await auditsOf("wisealpha_account.fund_requested", ref.accountId);
    expect(audits.slice(-2).map((a) => a.outcome)).toEqual(["ATTEMPTED", "SUCCESS"]);
    expect(audits.at(-1)!.details).toMatchObject({ wisealphaReference: result.data!.wisealphaReference });
  });

  it("an amount with three decimals is refused by our schema before WiseAlpha", async () => {
    await signInAs("STAFF");
    const result = await fundAccountAction({ ...ref, requestKey: randomUUID(), currency: "GBP", amount: "1.001" });
    expect(result.validationErrors).toMatchObject({ amount: { _errors: [expect.any(String)] } });
  });
});
