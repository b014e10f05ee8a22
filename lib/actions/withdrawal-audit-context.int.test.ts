import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it, vi } from "vitest";

import { getDb } from "@/lib/db";
import { DEMO_CUSTOMER, startHarness } from "@/lib/providers/wisealpha/test-sandbox";
import { createCashAvailableWithdrawal } from "@/prisma/factories/withdrawals";
import { signInAs } from "@/scripts/test-support/auth";
import { forSuite } from "@/scripts/test-support/for-suite";
import { pointAppAtWiseAlpha } from "@/scripts/test-support/provider-app-clients";

import { approveWithdrawalAction, prepareWithdrawalAction, rejectWithdrawalAction, requestWiseAlphaWithdrawalAction } from "./withdrawals";

// Each action runs as if behind our one proxy: proxy.ts set the request id, the proxy appended the caller's IP.
const request = vi.hoisted(() => ({ id: "", ip: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-request-id": request.id, "x-forwarded-for": `198.51.100.77, ${request.ip}` }),
}));
/** A new request from a new address: each audit entry must carry the one it was made in. */
function nextRequest() {
  request.id = randomUUID();
  request.ip = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  return { requestId: request.id, ip: request.ip };
}

const sandbox = forSuite(startHarness);
beforeAll(async () => {
  pointAppAtWiseAlpha(sandbox);
});

/** The withdrawals this file made from the web; other files share the database. */
const made: string[] = [];
const auditOf = (targetId: string, action: string) => getDb().auditEntry.findMany({ where: { targetId, action } });
const transitionActions = (id: string) =>
  getDb()
    .withdrawalTransition.findMany({ where: { withdrawalId: id }, orderBy: { id: "asc" } })
    .then((rows) => rows.map((r) => `withdrawal.${r.toState.toLowerCase()}`));

describe("every withdrawal transition made from the web carries its request id and IP", () => {
  it("requested and cash available (WiseAlpha request), then prepared, approval recorded and approved", async () => {
    const staff = await signInAs("STAFF");
    const asked = nextRequest();
    const result = await requestWiseAlphaWithdrawalAction({ ...DEMO_CUSTOMER, currency: "GBP", amount: "1.00" });
    expect(result.serverError).toBeUndefined();
    const id = result.data!.withdrawalId;
    made.push(id);
    expect(await transitionActions(id)).toEqual(["withdrawal.requested", "withdrawal.cash_available"]);
    for (const action of ["withdrawal.requested", "withdrawal.cash_available", "withdrawal.prepared"]) {
      expect(await auditOf(id, action)).toEqual([expect.objectContaining({ ...asked, actorId: staff.user.id })]);
    }

    const admin = await signInAs("ADMIN");
    const approved = nextRequest();
    expect((await approveWithdrawalAction({ withdrawalId: id })).data).toEqual({ approved: true });
    for (const action of ["withdrawal.approval_recorded", "withdrawal.approved"]) {
      expect(await auditOf(id, action)).toEqual([expect.objectContaining({ ...approved, actorId: admin.user.id })]);
    }
  });

  it("prepared by staff and rejected by an admin", async () => {
    const id = await createCashAvailableWithdrawal(getDb());
    made.push(id);
    const staff = await signInAs("STAFF");
    const prepared = nextRequest();
    expect((await prepareWithdrawalAction({ withdrawalId: id })).serverError).toBeUndefined();
    expect(await auditOf(id, "withdrawal.prepared")).toEqual([expect.objectContaining({ ...prepared, actorId: staff.user.id })]);

    const admin = await signInAs("ADMIN");
    const rejected = nextRequest();
    const result = await rejectWithdrawalAction({ withdrawalId: id, reason: "Other", comment: "customer asked us to stop" });
    expect(result.serverError).toBeUndefined();
    expect(await auditOf(id, "withdrawal.rejected")).toEqual([expect.objectContaining({ ...rejected, actorId: admin.user.id })]);
  });

  it("no web-made transition audit entry of a withdrawal lacks a request id or IP", async () => {
    const webMade = await getDb().auditEntry.findMany({ where: { action: { startsWith: "withdrawal." }, targetId: { in: made } } });
    // requested, cash available, prepared, approval recorded, approved; prepared, rejected
    expect(webMade).toHaveLength(7);
    expect(webMade.filter((entry) => !entry.requestId || !entry.ip)).toEqual([]);
  });
});
