import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { approveWithdrawalAction, prepareWithdrawalAction, rejectWithdrawalAction } from "@/lib/actions/withdrawals";
import { replayFailedEventsAction } from "@/lib/actions/events";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/actions/notifications";
import { getDb } from "@/lib/db";
import { EVENT_HANDLERS, handleOne } from "@/lib/events/handlers";
import { insertOpenOrder } from "@/lib/orders/test-order-book";
import { recordTransition } from "@/lib/withdrawals/record-transition";
import { createCashAvailableWithdrawal } from "@/prisma/factories/withdrawals";
import { signInAs } from "@/scripts/test-support/auth";

import { findMyNotifications } from "./read-notifications";

const kindsOf = async (userId: string) =>
  (await getDb().notification.findMany({ where: { userId }, orderBy: { id: "asc" } })).map((n) => n.kind);

let nextEventId = 8_800_000n + BigInt(Date.now() % 100_000) * 10n;
async function deliver(provider: "WISEALPHA", type: string, payload: Record<string, unknown>) {
  const event = { id: nextEventId++, provider, type, payload };
  const handler = EVENT_HANDLERS[`${provider}:${type}`]!;
  await getDb().$transaction((tx) => handleOne(handler, tx, event));
  // A replay runs the handler again: no second notification.
  await getDb().$transaction((tx) => handleOne(handler, tx, event));
}

describe("notifications, written with the change that causes them", () => {
  it("a withdrawal I prepared was approved: I am told, the approver is not", async () => {
    const id = await createCashAvailableWithdrawal(getDb());
    const staff = await signInAs("STAFF");
    await prepareWithdrawalAction({ withdrawalId: id });
    const admin = await signInAs("ADMIN");
    expect((await approveWithdrawalAction({ withdrawalId: id })).data).toEqual({ approved: true });
    expect(await kindsOf(staff.user.id)).toEqual(["withdrawal.approved"]);
    expect(await kindsOf(admin.user.id)).toEqual([]);
    const [n] = await getDb().notification.findMany({ where: { userId: staff.user.id } });
    expect(n).toMatchObject({ href: `/withdrawals/${id}`, targetId: id, readAt: null });
  });

  it("a withdrawal I prepared was rejected: I am told, with the reason", async () => {
    const id = await createCashAvailableWithdrawal(getDb());
    const staff = await signInAs("STAFF");
    await prepareWithdrawalAction({ withdrawalId: id });
    await signInAs("ADMIN");
    await rejectWithdrawalAction({ withdrawalId: id, reason: "Other", comment: "does not add up" });
    const rows = await getDb().notification.findMany({ where: { userId: staff.user.id } });
    expect(rows.map((r) => r.kind)).toEqual(["withdrawal.rejected"]);
    expect(rows[0]!.body).toContain("Other: does not add up");
  });

  it("a withdrawal I prepared was executed, or failed: I am told", async () => {
    const staff = await signInAs("STAFF");
    for (const outcome of ["EXECUTED", "FAILED"] as const) {
      const id = await createCashAvailableWithdrawal(getDb());
      await getDb().withdrawalRequest.update({ where: { id }, data: { makerId: staff.user.id, state: "APPROVED" } });
      await getDb().$transaction(async (tx) => {
        await recordTransition(tx, id, "APPROVED", "EXECUTING");
        await recordTransition(tx, id, "EXECUTING", outcome);
      });
    }
    expect(await kindsOf(staff.user.id)).toEqual(["withdrawal.executed", "withdrawal.failed"]);
  });

  it("no notification when the change rolls back", async () => {
    const staff = await signInAs("STAFF");
    const id = await createCashAvailableWithdrawal(getDb());
    await getDb().withdrawalRequest.update({ where: { id }, data: { makerId: staff.user.id, state: "APPROVED" } });
    await expect(
      getDb().$transaction(async (tx) => {
        await recordTransition(tx, id, "APPROVED", "EXECUTING");
        await recordTransition(tx, id, "EXECUTING", "EXECUTED");
        throw new Error("payout booking failed");
      }),
    ).rejects.toThrow("payout booking failed");
    expect(await kindsOf(staff.user.id)).toEqual([]);
  });

  it("a case assigned to me got provider activity: I am told once per event; an unassigned case tells nobody", async () => {
    const reviewer = await signInAs("COMPLIANCE");
    const customerId = String(70_000_000 + Math.floor(Math.random() * 9_999_999));
    await getDb().onboardingCase.create({
      data: { subjectType: "WISEALPHA_CUSTOMER", subjectRef: customerId, displayName: "Ada Lovelace", assigneeId: reviewer.user.id },
    });
    const before = await getDb().notification.count();
    await deliver("WISEALPHA", "account.document-rejected", {
      id: `ev-${randomUUID()}`,
      created: new Date().toISOString(),
      event_type: "account.document-rejected",
      customer_id: customerId,
      data: { reason: "Blurred passport" },
    });
    const rows = await getDb().notification.findMany({ where: { userId: reviewer.user.id } });
    expect(rows.map((r) => r.kind)).toEqual(["case.provider_activity"]);
    expect(rows[0]!.title).toBe("New provider activity on Ada Lovelace");
    expect(await getDb().notification.count()).toBe(before + 1);
  });

  it("an order I placed needs confirmation after a re-price, then was filled: I am told each once", async () => {
    const trader = await signInAs("STAFF");
    const orderId = `MKTBUY${Date.now()}`;
    await getDb().orderPlacement.create({
      data: {
        customerRef: "10000001",
        accountRef: "INVACC00000001",
        productId: "INVMKT00000001",
        side: "BUY",
        currency: "GBP",
        amount: "100.00",
        price: "100",
        state: "PLACED",
        providerOrderId: orderId,
        actorId: trader.user.id,
      },
    });
    await insertOpenOrder(getDb(), orderId);
    const envelope = (type: string, data: Record<string, unknown>) => ({
      id: `ev-${randomUUID()}`,
      created: new Date().toISOString(),
      event_type: type,
      customer_id: "10000001",
      data,
    });
    await deliver(
      "WISEALPHA",
      "buy-order.price-change",
      envelope("buy-order.price-change", { order_id: orderId, original_id: orderId, old_price: "100.0000", new_price: "101.0000" }),
    );
    await deliver(
      "WISEALPHA",
      "buy-order.filled",
      envelope("buy-order.filled", { order_id: orderId, original_id: orderId, amount_requested: "100.00", amount_filled: "100.00" }),
    );
    expect(await kindsOf(trader.user.id)).toEqual(["order.needs_confirmation", "order.filled"]);
  });

  it("a bulk replay I started finished: I am told when its last chunk is queued", async () => {
    const type = `test.bulk-${randomUUID()}`;
    await getDb().providerEvent.createMany({
      data: [1, 2, 3].map((i) => ({
        provider: "WISEALPHA" as const,
        providerEventId: `${type}-${i}`,
        type,
        transport: "POLL" as const,
        signature: "VALID" as const,
        status: "FAILED" as const,
      })),
    });
    const admin = await signInAs("ADMIN");
    const filter = { type };
    const first = await replayFailedEventsAction({ filter, chunkSize: 2 });
    expect(first.data?.remaining).toBe(1);
    expect(await kindsOf(admin.user.id)).toEqual([]);
    const last = await replayFailedEventsAction({ filter, afterId: first.data!.nextAfterId!, chunkSize: 2 });
    expect(last.data?.remaining).toBe(0);
    expect(await kindsOf(admin.user.id)).toEqual(["events.bulk_replay_finished"]);
  });
});

describe("reading and marking notifications", () => {
  async function twoPeopleWithNotifications() {
    const other = await signInAs("STAFF");
    const me = await signInAs("STAFF");
    const mk = (userId: string, title: string) => getDb().notification.create({ data: { userId, kind: "withdrawal.approved", title } });
    const mine = [await mk(me.user.id, "mine 1"), await mk(me.user.id, "mine 2")];
    const theirs = await mk(other.user.id, "theirs");
    return { me, other, mine, theirs };
  }

  it("marking one read persists; the unread count drops", async () => {
    const { me, mine } = await twoPeopleWithNotifications();
    expect((await findMyNotifications(me.user)).unread).toBe(2);
    expect((await markNotificationReadAction({ notificationId: mine[0]!.id.toString() })).data).toEqual({ ok: true });
    expect((await getDb().notification.findUniqueOrThrow({ where: { id: mine[0]!.id } })).readAt).not.toBeNull();
    const bell = await findMyNotifications(me.user);
    expect(bell.unread).toBe(1);
    expect(bell.items.map((i) => [i.title, i.read])).toEqual([
      ["mine 2", false],
      ["mine 1", true],
    ]);
  });

  it("nobody marks another person's notification read: the action answers as if it did not exist and changes nothing", async () => {
    const { theirs } = await twoPeopleWithNotifications();
    const result = await markNotificationReadAction({ notificationId: theirs.id.toString() });
    expect(result.serverError).toBe("That notification does not exist.");
    expect((await getDb().notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
  });

  it("mark all read marks only mine, up to the newest I saw", async () => {
    const { me, mine, theirs } = await twoPeopleWithNotifications();
    const later = await getDb().notification.create({ data: { userId: me.user.id, kind: "order.filled", title: "arrived later" } });
    const result = await markAllNotificationsReadAction({ upToId: mine[1]!.id.toString() });
    expect(result.data).toEqual({ marked: 2 });
    expect((await getDb().notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    expect((await getDb().notification.findUniqueOrThrow({ where: { id: later.id } })).readAt).toBeNull();
    expect((await findMyNotifications(me.user)).unread).toBe(1);
  });

  it("the bell lists only my own notifications", async () => {
    const { me, theirs } = await twoPeopleWithNotifications();
    const bell = await findMyNotifications(me.user);
    expect(bell.items.map((i) => i.id)).not.toContain(theirs.id.toString());
    expect(bell.items.every((i) => i.title.startsWith("mine"))).toBe(true);
  });
});
