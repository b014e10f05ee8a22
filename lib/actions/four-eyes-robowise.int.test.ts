import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import type { WiseAlphaClient } from "@/lib/providers/wisealpha/client";
import { DEMO_CUSTOMER, startHarness } from "@/lib/providers/wisealpha/test-sandbox";
import { signInAs } from "@/scripts/test-support/auth";
import { forSuite } from "@/scripts/test-support/for-suite";

import { approveChangeRequestAction } from "./approvals";
import { fundRobowiseAction } from "./wisealpha-robowise";

// Read once by getEnv on first use: above 400 GBP funding a robowise portfolio needs a second person, as an order does.
process.env.ORDER_FOUR_EYES_ABOVE = "GBP:400";

const harness = forSuite(startHarness);
let wiseAlpha: WiseAlphaClient;
const ref = { customerRef: DEMO_CUSTOMER.customerId, accountId: DEMO_CUSTOMER.accountId };

beforeAll(async () => {
  process.env.WISEALPHA_BASE_URL = `${harness.url}/wisealpha/v1`;
  delete (globalThis as { wiseAlpha?: unknown }).wiseAlpha;
  wiseAlpha = harness.client();
});

const cashOf = async (robowiseId: string) =>
  (await wiseAlpha.getRobowise({ customerId: ref.customerRef, accountId: ref.accountId, robowiseId }, ["balance"])).balance?.amount;

/** A fresh, empty robowise portfolio under the test account, made directly at the sandbox. */
const newRobowise = () =>
  wiseAlpha.createRobowise({ customerId: ref.customerRef, accountId: ref.accountId, parameters: { riskProfileId: "RWRP00000002" } });

describe("robowise funding above ORDER_FOUR_EYES_ABOVE", () => {
  it("waits for a second trader; nothing moves until then; the approved funding is sent once under the requester's form key", async () => {
    const created = await newRobowise();
    await signInAs("STAFF");
    const input = { ...ref, requestKey: randomUUID(), robowiseId: created.reference, amount: "500.00" };
    const filed = await fundRobowiseAction(input);
    expect(filed.data).toMatchObject({ status: "pending" });
    expect(await cashOf(created.reference)).toBe("0.00");
    const changeRequestId = (filed.data as { changeRequestId: string }).changeRequestId;
    expect((await approveChangeRequestAction({ changeRequestId })).serverError).toMatch(/You asked for this change/);

    await signInAs("STAFF");
    const approved = await approveChangeRequestAction({ changeRequestId });
    expect(approved.data?.state).toBe("EXECUTED");
    expect(await cashOf(created.reference)).toBe("500.00");
    expect(await getDb().wiseAlphaAccountWrite.findUniqueOrThrow({ where: { requestKey: input.requestKey } })).toMatchObject({
      state: "DONE",
      kind: "ROBOWISE_FUND",
    });
  });

  it("at or below the amount is sent at once", async () => {
    const created = await newRobowise();
    await signInAs("STAFF");
    const sent = await fundRobowiseAction({ ...ref, requestKey: randomUUID(), robowiseId: created.reference, amount: "400.00" });
    expect(sent.data).toEqual({ cash: "400.00", currency: "GBP" });
  });
});
