import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { DEMO_CUSTOMER, startHarness } from "@/lib/providers/wisealpha/test-sandbox";
import { setSession, signInAs } from "@/scripts/test-support/auth";
import { forSuite } from "@/scripts/test-support/for-suite";
import { pointAppAtWiseAlpha } from "@/scripts/test-support/provider-app-clients";

import { approveChangeRequestAction } from "./approvals";
import { placeOrderAction, quoteOrderAction } from "./orders";

// Read once by getEnv on first use, so it is set before anything here runs: above 400 GBP an order needs a second person.
process.env.ORDER_FOUR_EYES_ABOVE = "GBP:400";

const harness = forSuite(() => startHarness({ SANDBOX_WA_CUSTOMERS: "60" }));

beforeAll(async () => {
  pointAppAtWiseAlpha(harness);
});

const quote = (amount: string) =>
  quoteOrderAction({
    customerRef: DEMO_CUSTOMER.customerId,
    accountRef: DEMO_CUSTOMER.accountId,
    productId: "INVMKT00000001",
    side: "BUY",
    orderType: "principal",
    amount,
    currency: "GBP",
    price: "100",
  });

describe("orders above ORDER_FOUR_EYES_ABOVE", () => {
  it("wait for a second person: nothing is sent until another trader approves; the requester cannot approve", async () => {
    const trader = await signInAs("STAFF");
    const quoted = await quote("500.00");
    const placementId = quoted.data!.placementId!;
    const filed = await placeOrderAction({ placementId });
    expect(filed.data).toMatchObject({ status: "pending", orderId: null });
    expect((await getDb().orderPlacement.findUniqueOrThrow({ where: { id: placementId } })).state).toBe("QUOTED");

    const changeRequestId = filed.data!.changeRequestId!;
    expect((await approveChangeRequestAction({ changeRequestId })).serverError).toMatch(/You asked for this change/);
    await signInAs("COMPLIANCE");
    expect((await approveChangeRequestAction({ changeRequestId })).serverError).toMatch(/may not approve this \(orders\.trade\)/);
    expect((await getDb().orderPlacement.findUniqueOrThrow({ where: { id: placementId } })).state).toBe("QUOTED");

    const approver = await signInAs("STAFF");
    const approved = await approveChangeRequestAction({ changeRequestId });
    expect(approved.data?.state).toBe("EXECUTED");
    const placement = await getDb().orderPlacement.findUniqueOrThrow({ where: { id: placementId } });
    expect(placement).toMatchObject({ state: "PLACED", actorId: trader.user.id });
    expect(await getDb().changeRequest.findUniqueOrThrow({ where: { id: changeRequestId } })).toMatchObject({
      state: "EXECUTED",
      decidedById: approver.user.id,
    });
  });

  it("at or below the amount are sent at once", async () => {
    const trader = await signInAs("STAFF");
    const quoted = await quote("400.00");
    setSession({ sid: trader.session.id });
    const placed = await placeOrderAction({ placementId: quoted.data!.placementId! });
    expect(placed.data?.status).toBeUndefined();
    expect(placed.data?.orderId).toMatch(/^MKTBUY/);
  });
});
