import { afterAll, beforeEach, describe, expect, it } from "vitest";

import type { Provider } from "@/generated/prisma/enums";
import { createPrismaClient } from "@/lib/db/create-client";
import { insertOpenOrder } from "@/lib/orders/test-order-book";
import { newCustomer } from "@/sandbox/wisealpha/store/customer-factory";
import { profileJson } from "@/sandbox/wisealpha/domain/profile";

import { EVENT_HANDLERS } from "./handlers";
import { ingestEvents } from "./ingest";
import { processEventBatch } from "./process-batch";
import { processEvent } from "./process-event";
import type { StoredEventInput } from "./stored-event";

/**
 * #19's set-based handlers must change exactly what applying the same events one at a time changes.
 * Two worlds get the same events under different names: world "one" is processed event by event
 * (processEvent, each in its own transaction, in provider order), world "set" by one batch, whose
 * rounds hand each set-based handler many events at once. Every row the handlers write is then read
 * back per world, with the world's name taken out, and the two must be equal.
 */
const db = createPrismaClient(process.env.DATABASE_URL!, 4);
afterAll(() => db.$disconnect());
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const base = Date.parse("2026-12-01T09:00:00Z");
const PORTFOLIOS = 4;
const CUSTOMERS = 4;
const ORDERS = 4;

type WorldEvent = { provider: Provider; event: StoredEventInput };

/** The same story for every world: each portfolio, customer and order gets several events, interleaved. */
function story(world: string): WorldEvent[] {
  const events: WorldEvent[] = [];
  let t = 0;
  const at = () => new Date(base + 1_000 * t++);
  const id = (what: string) => `${run}-${world}-${what}`;
  // Amounts in provider order per portfolio: open, supersede, same again, stale (stated earlier), full, back to 0.
  const divests: [string, number][] = [
    ["500.10", 0],
    ["800", 0],
    ["800", 0],
    ["300", -60],
    ["1e100", 0],
    ["0", 0],
  ];
  const accountTypes = [
    "account.document-rejected",
    "account.aml-check-passed",
    "account.identity-documents-verified",
    "account.bank-details-rejected",
    "account.investor-type-approved",
  ];
  for (let step = 0; step < 6; step++) {
    for (let p = 0; p < PORTFOLIOS; p++) {
      const [amount, shift] = divests[(step + p) % divests.length]!;
      const created = new Date(at().getTime() + shift * 1_000);
      const portfolio = id(`P${p}`);
      const evId = id(`div-${p}-${step}`);
      events.push({
        provider: "INVESTSUITE",
        event: {
          providerEventId: evId,
          type: "portfolios.divest-amount-update",
          providerCreatedAt: created,
          refs: { portfolioRef: portfolio, userRef: id(`U${p}`) },
          rawPayload: `{"id":"${evId}","created":"${created.toISOString()}","version":"1.0.0","subject":"portfolios","action":"divest-amount-update","data":{"id":"${portfolio}","divest_amount":${amount},"currency":"EUR","owned_by_user_id":"${id(`U${p}`)}"}}`,
        },
      });
    }
    for (let c = 0; c < CUSTOMERS; c++) {
      const type = accountTypes[(step + c) % accountTypes.length]!;
      // One event in four is stated before the one applied before it (joins the timeline, moves nothing).
      const created = new Date(at().getTime() - (step === 3 && c % 2 === 0 ? 120_000 : 0));
      const customerId = id(`C${c}`);
      const customer = {
        ...newCustomer({
          customer_id: customerId,
          email: `${c}@example.test`,
          first_name: "Ada",
          last_name: `L${c}`,
          date_joined: "2026-01-01T00:00:00Z",
        }),
      };
      const withProfile = c % 2 === 1;
      const evId = id(`acc-${c}-${step}`);
      events.push({
        provider: "WISEALPHA",
        event: {
          providerEventId: evId,
          type,
          providerCreatedAt: created,
          refs: { customerRef: customerId },
          rawPayload: JSON.stringify({
            id: evId,
            created: created.toISOString(),
            event_type: type,
            customer_id: customerId,
            data: {
              ...(withProfile && { user_profile: profileJson(customer, created, "http://sandbox.test/api/v1") }),
              document: { type: "passport", type_display: "Passport", rejection_reason: `blurred ${step}` },
              rejection_reason: "IBAN invalid",
            },
          }),
        },
      });
    }
    for (let o = 0; o < ORDERS; o++) {
      const created = at();
      const order = id(`O${o}`);
      const evId = id(`ord-${o}-${step}`);
      const data = {
        order_id: order,
        // Half the events name no original id: the handler finds it on our row.
        ...(o % 2 === 0 && { original_id: order }),
        currency: "GBP",
        old_price: "100.5",
        new_price: `${100 + step}.25`,
        amount_remaining: "1000",
      };
      events.push({
        provider: "WISEALPHA",
        event: {
          providerEventId: evId,
          type: o === 3 ? "sell-order.price_change" : "buy-order.price-change",
          providerCreatedAt: created,
          refs: { orderRef: order },
          rawPayload: JSON.stringify({ id: evId, created: created.toISOString(), event_type: "buy-order.price-change", data }),
        },
      });
    }
  }
  return events;
}

async function setUp(world: string) {
  const id = (what: string) => `${run}-${world}-${what}`;
  const person = (role: "COMPLIANCE" | "STAFF") =>
    db.user.create({ data: { email: `${id(role)}@bank.test`, name: role, role, passwordHash: "-" }, select: { id: true } });
  const reviewer = await person("COMPLIANCE");
  const trader = await person("STAFF");
  // Customer 0's case is held by a reviewer (notifications); orders 0 and 1 were placed by a trader.
  await db.onboardingCase.create({
    data: { subjectType: "WISEALPHA_CUSTOMER", subjectRef: id("C0"), status: "IN_REVIEW", assigneeId: reviewer.id },
  });
  for (let o = 0; o < ORDERS; o++) await insertOpenOrder(db, id(`O${o}`));
  for (const o of [0, 1])
    await db.orderPlacement.create({
      data: {
        customerRef: "C-set",
        accountRef: "A-set",
        productId: "BOND-1",
        side: "BUY",
        currency: "GBP",
        amount: "100",
        price: "100",
        state: "PLACED",
        providerOrderId: id(`O${o}`),
        actorId: trader.id,
      },
    });
  const stored: bigint[] = [];
  for (const provider of ["INVESTSUITE", "WISEALPHA"] as const) {
    const { newIds } = await ingestEvents(
      db,
      { provider, transport: "WEBHOOK", signature: "VALID" },
      story(world)
        .filter((e) => e.provider === provider)
        .map((e) => e.event),
    );
    stored.push(...newIds);
  }
  return stored;
}

/** Everything the three handlers write about one world, its name replaced by "W" and ids by positions. */
async function snapshot(world: string) {
  const prefix = `${run}-${world}-`;
  const strip = (value: unknown) => JSON.parse(JSON.stringify(value ?? null).replaceAll(prefix, "W-"));
  // In creation order per portfolio: by the id of each request's first history row (one batch's
  // requests share a transaction and so their createdAt).
  const requests = (
    await db.withdrawalRequest.findMany({
      where: { portfolioRef: { startsWith: prefix } },
      include: { transitions: { orderBy: { id: "asc" } } },
    })
  ).sort((a, b) => a.portfolioRef!.localeCompare(b.portfolioRef!) || Number(a.transitions[0]!.id - b.transitions[0]!.id));
  const position = new Map(requests.map((r, i) => [r.id, i]));
  const audit = await db.auditEntry.findMany({ where: { targetId: { in: requests.map((r) => r.id) } }, orderBy: { id: "asc" } });
  const cases = await db.onboardingCase.findMany({
    where: { subjectRef: { startsWith: prefix } },
    orderBy: { subjectRef: "asc" },
    include: { entries: { orderBy: { id: "asc" } } },
  });
  const snapshots = await db.wiseAlphaCustomerSnapshot.findMany({
    where: { customerId: { startsWith: prefix } },
    orderBy: { customerId: "asc" },
  });
  const orders = await db.orderBookEntry.findMany({ where: { id: { startsWith: prefix } }, orderBy: { id: "asc" } });
  const history = await db.orderHistoryEntry.findMany({
    where: { orderId: { startsWith: prefix } },
    orderBy: [{ orderId: "asc" }, { id: "asc" }],
  });
  const notifications = await db.notification.findMany({
    where: { OR: [{ targetId: { in: cases.map((c) => c.id) } }, { targetId: { startsWith: prefix } }] },
    orderBy: { id: "asc" },
  });
  const caseIndex = new Map(cases.map((c, i) => [c.id, i]));
  return strip({
    requests: requests.map((r) => ({
      portfolio: r.portfolioRef,
      owner: r.ownerRef,
      state: r.state,
      amount: r.amount?.toFixed() ?? null,
      isFull: r.isFull,
      currency: r.currency,
      sourceTime: r.sourceTime,
      supersededBy: r.supersededById === null ? null : position.get(r.supersededById),
      transitions: r.transitions.map((t) => ({
        from: t.fromState,
        to: t.toState,
        reason: t.reason,
        details: t.details,
        event: t.eventId !== null,
      })),
    })),
    // Per target in write order: across entities the order is free (other loops run them in parallel too).
    audit: audit
      .map((a) => ({ action: a.action, target: position.get(a.targetId!)!, details: { ...(a.details as object), eventId: "event" } }))
      .sort((a, b) => a.target - b.target),
    cases: cases.map((c) => ({
      subject: c.subjectRef,
      name: c.displayName,
      status: c.status,
      waitingReason: c.waitingReason,
      providerReady: c.providerReady,
      lastEventAt: c.lastEventAt,
      entries: c.entries.map((e) => ({
        kind: e.kind,
        summary: e.summary,
        body: e.body,
        from: e.fromStatus,
        to: e.toStatus,
        details: { ...(e.details as object), providerEventId: "event" },
      })),
    })),
    snapshots: snapshots.map(({ updatedAt: _u, ...s }) => s),
    orders: orders.map((o) => ({ id: o.id, state: o.state, price: o.price.toFixed(), newPrice: o.newPrice?.toFixed() ?? null })),
    history: history.map((h) => ({
      orderId: h.orderId,
      originalId: h.originalId,
      kind: h.kind,
      occurredAt: h.occurredAt,
      details: h.details,
    })),
    notifications: [...notifications]
      .sort((a, b) => (a.targetId! < b.targetId! ? -1 : a.targetId! > b.targetId! ? 1 : 0))
      .map((n) => ({
        kind: n.kind,
        title: n.title,
        body: n.body,
        target: caseIndex.get(n.targetId!) ?? n.targetId,
        href: n.href?.replace(/cases\/[^/]+$/, "cases/…"),
      })),
  });
}

beforeEach(async () => {
  // Other suites leave due events in the shared test database; the batch claims whatever is due.
  await db.providerEvent.updateMany({ where: { status: { in: ["PENDING", "FAILED"] } }, data: { status: "UNHANDLED" } });
});

describe("set-based handlers", () => {
  it("change exactly what the same events change one at a time", async () => {
    const one = await setUp("one");
    const set = await setUp("set");
    const providerOrder = await db.providerEvent.findMany({
      where: { id: { in: one } },
      orderBy: [{ providerCreatedAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    for (const { id } of providerOrder) expect(await processEvent(db, id, EVENT_HANDLERS)).toBe("processed");

    const result = await processEventBatch(db, EVENT_HANDLERS, undefined, { limit: 1_000, budgetMs: 60_000 });
    expect(result).toMatchObject({ claimed: set.length, processed: set.length, failed: 0, dead: 0, deferred: 0 });

    const expected = await snapshot("one");
    // The story really exercised every path: superseded, cancelled and stale statements, moved and
    // stale account events, notifications of a reviewer and a trader, order rows re-priced.
    expect(expected.requests.map((r: { state: string }) => r.state)).toContain("CANCELLED");
    expect(expected.requests.length).toBeGreaterThan(PORTFOLIOS * 2);
    expect(expected.cases.map((c: { status: string }) => c.status)).toContain("WAITING_ON_CUSTOMER");
    expect(expected.snapshots).toHaveLength(CUSTOMERS / 2);
    expect(expected.notifications.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(["case.provider_activity", "order.needs_confirmation"]),
    );
    expect(expected.history).toHaveLength(ORDERS * 6);
    expect(await snapshot("set")).toEqual(expected);
  });

  it("a set with one unreadable event is applied one by one: only that event fails", async () => {
    const events = story("bad").filter((e) => e.event.type === "portfolios.divest-amount-update");
    const broken = events.map((e, i) =>
      i === 1 ? { ...e.event, rawPayload: e.event.rawPayload.replace(/"divest_amount":[^,]+/, '"divest_amount":-5') } : e.event,
    );
    const { newIds } = await ingestEvents(db, { provider: "INVESTSUITE", transport: "WEBHOOK", signature: "VALID" }, broken);
    const result = await processEventBatch(db, EVENT_HANDLERS, undefined, { limit: 1_000, budgetMs: 60_000 });
    expect(result.failed).toBe(1);
    const failed = await db.providerEvent.findMany({
      where: { id: { in: newIds }, status: "FAILED" },
      select: { id: true, lastError: true },
    });
    expect(failed.map((f) => f.id)).toEqual([newIds[1]]);
    expect(failed[0]!.lastError).toMatch(/negative/);
    // Its portfolio's later events wait behind it; every other portfolio's events were applied.
    const portfolioOfFailed = `${run}-bad-P1`;
    const pending = await db.providerEvent.findMany({ where: { id: { in: newIds }, status: "PENDING" }, select: { portfolioRef: true } });
    expect(new Set(pending.map((p) => p.portfolioRef))).toEqual(new Set([portfolioOfFailed]));
    expect(await db.providerEvent.count({ where: { id: { in: newIds }, status: "PROCESSED" } })).toBe(newIds.length - 1 - pending.length);
  });
});
