import { describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import { EVENT_HANDLERS } from "@/lib/events/handlers";
import { parseInvestSuiteEvent } from "@/lib/events/envelopes/investsuite";
import { ingestEvents } from "@/lib/events/ingest";
import { processEvent } from "@/lib/events/process-event";

const db = createPrismaClient(process.env.DATABASE_URL!, 4);
let seq = 0;

/** Stores an InvestSuite event exactly as the wire would carry it, and processes it. */
async function deliver(action: string, data: string, process = true, created: Date | null = null) {
  const id = `wd-test-${Date.now()}-${seq++}`;
  const raw = `{"id":"${id}","created":"2026-11-23T10:00:00+00:00","version":"1.0.0","subject":"portfolios","action":"${action}","data":${data}}`;
  // Parsed exactly as the intake does, so entity references are what production stores.
  const parsed = parseInvestSuiteEvent(raw);
  if (!parsed.ok) throw new Error(parsed.reason);
  const { newIds } = await ingestEvents(db, { provider: "INVESTSUITE", transport: "HTTP_PUSH", signature: "VALID" }, [
    { ...parsed.event, providerCreatedAt: created },
  ]);
  const eventId = newIds[0]!;
  if (process) expect(await processEvent(db, eventId, EVENT_HANDLERS)).toBe("processed");
  return eventId;
}
const divest = (portfolio: string, amount: string, currency = "EUR") =>
  deliver(
    "divest-amount-update",
    `{"id":"${portfolio}","external_id":"x","divest_amount":${amount},"currency":"${currency}","owned_by_user_id":"U1"}`,
  );
const cashAvailable = (portfolio: string) =>
  deliver("cash-available-for-withdrawal", `{"id":"${portfolio}","currency":"EUR","owned_by_user_id":"U1"}`);
const requestsOf = (portfolioRef: string) => db.withdrawalRequest.findMany({ where: { portfolioRef }, orderBy: { createdAt: "asc" } });

describe("InvestSuite withdrawal events", () => {
  it("a divest amount creates a REQUESTED withdrawal with the exact amount, its history and audit", async () => {
    const portfolio = `P-exact-${Date.now()}`;
    const eventId = await divest(portfolio, "1234.567891");
    const [request] = await requestsOf(portfolio);
    expect(request).toMatchObject({ state: "REQUESTED", currency: "EUR", isFull: false, ownerRef: "U1", sourceEventId: eventId });
    expect(request!.amount!.toFixed()).toBe("1234.567891");
    expect(request!.idempotencyKey).toMatch(/^[0-9a-z]{10}$/);
    const history = await db.withdrawalTransition.findMany({ where: { withdrawalId: request!.id } });
    expect(history.map((h) => [h.fromState, h.toState, h.eventId])).toEqual([[null, "REQUESTED", eventId]]);
    expect(await db.auditEntry.count({ where: { action: "withdrawal.requested", targetId: request!.id } })).toBe(1);
  });

  it("1e100 is a full withdrawal, stored as a flag", async () => {
    const portfolio = `P-full-${Date.now()}`;
    await divest(portfolio, "1e100");
    const [request] = await requestsOf(portfolio);
    expect(request).toMatchObject({ isFull: true, amount: null, state: "REQUESTED" });
  });

  it("a new divest amount supersedes the open request, never adds to it", async () => {
    const portfolio = `P-super-${Date.now()}`;
    await divest(portfolio, "500");
    await divest(portfolio, "800");
    const [first, second] = await requestsOf(portfolio);
    expect(first).toMatchObject({ state: "CANCELLED", supersededById: second!.id });
    expect(second).toMatchObject({ state: "REQUESTED" });
    expect(second!.amount!.toFixed()).toBe("800");
    expect((await requestsOf(portfolio)).filter((r) => r.state === "REQUESTED" || r.state === "CASH_AVAILABLE")).toHaveLength(1);
  });

  it("the same amount again, or a replayed event, changes nothing", async () => {
    const portfolio = `P-same-${Date.now()}`;
    const eventId = await divest(portfolio, "250.5");
    await divest(portfolio, "250.50");
    await db.providerEvent.update({ where: { id: eventId }, data: { status: "PENDING" } });
    expect(await processEvent(db, eventId, EVENT_HANDLERS)).toBe("processed");
    expect((await requestsOf(portfolio)).map((r) => r.state)).toEqual(["REQUESTED"]);
  });

  it("a divest amount set back to 0 cancels the open request", async () => {
    const portfolio = `P-zero-${Date.now()}`;
    await divest(portfolio, "100");
    await divest(portfolio, "0");
    const [request] = await requestsOf(portfolio);
    expect(request!.state).toBe("CANCELLED");
    const last = await db.withdrawalTransition.findFirst({ where: { withdrawalId: request!.id }, orderBy: { id: "desc" } });
    expect(last?.reason).toBe("The divest amount was set back to 0.");
  });

  it("cash available moves the open request on, once", async () => {
    const portfolio = `P-cash-${Date.now()}`;
    await divest(portfolio, "100");
    await cashAvailable(portfolio);
    await cashAvailable(portfolio);
    const [request] = await requestsOf(portfolio);
    expect(request).toMatchObject({ state: "CASH_AVAILABLE" });
    expect(request!.cashAvailableAt).toBeInstanceOf(Date);
    expect(await db.withdrawalTransition.count({ where: { withdrawalId: request!.id, toState: "CASH_AVAILABLE" } })).toBe(1);
  });

  it("an older divest amount arriving late does not replace a newer one", async () => {
    const portfolio = `P-order-${Date.now()}`;
    const data = (amount: string) => `{"id":"${portfolio}","divest_amount":${amount},"currency":"EUR"}`;
    await deliver("divest-amount-update", data("800"), true, new Date("2026-11-23T10:00:02Z"));
    await deliver("divest-amount-update", data("500"), true, new Date("2026-11-23T10:00:01Z"));
    const requests = await requestsOf(portfolio);
    expect(requests.map((r) => [r.state, r.amount?.toFixed()])).toEqual([["REQUESTED", "800"]]);
  });

  it("a cash-available notice processed before its divest update is retried, not dropped", async () => {
    const portfolio = `P-early-${Date.now()}`;
    const divestId = await deliver("divest-amount-update", `{"id":"${portfolio}","divest_amount":100,"currency":"EUR"}`, false);
    const cashId = await deliver("cash-available-for-withdrawal", `{"id":"${portfolio}","currency":"EUR"}`, false);
    expect(await processEvent(db, cashId, EVENT_HANDLERS)).toBe("failed");
    expect(await processEvent(db, divestId, EVENT_HANDLERS)).toBe("processed");
    expect(await processEvent(db, cashId, EVENT_HANDLERS)).toBe("processed");
    expect((await requestsOf(portfolio)).map((r) => r.state)).toEqual(["CASH_AVAILABLE"]);
  });

  // #20: with outOfOrder faults 5 of 10 requests stayed REQUESTED: a notice delivered before its
  // divest update was marked PROCESSED with nothing to apply.
  it("a cash-available notice delivered before its divest update waits for it, then applies", async () => {
    const portfolio = `P-ooo-${Date.now()}`;
    const cashId = await deliver("cash-available-for-withdrawal", `{"id":"${portfolio}","currency":"EUR"}`, false);
    expect(await processEvent(db, cashId, EVENT_HANDLERS)).toBe("failed");
    const waiting = await db.providerEvent.findUniqueOrThrow({ where: { id: cashId } });
    expect(waiting.status).toBe("FAILED");
    expect(waiting.lastError).toContain("waiting for its divest-amount-update");

    await divest(portfolio, "100");
    // The divest update woke the waiting notice: due now, not at the end of its backoff.
    expect((await db.providerEvent.findUniqueOrThrow({ where: { id: cashId } })).nextAttemptAt!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await processEvent(db, cashId, EVENT_HANDLERS)).toBe("processed");
    const [request] = await requestsOf(portfolio);
    expect(request).toMatchObject({ state: "CASH_AVAILABLE" });
    const history = await db.withdrawalTransition.findMany({ where: { withdrawalId: request!.id }, orderBy: { id: "asc" } });
    expect(history.map((h) => [h.toState, h.eventId])).toEqual([
      ["REQUESTED", request!.sourceEventId],
      ["CASH_AVAILABLE", cashId],
    ]);
  });

  it("a notice stated before its request was closed is late: processed, nothing changes", async () => {
    const portfolio = `P-late-${Date.now()}`;
    const stated = new Date(Date.now() - 60_000);
    await divest(portfolio, "100");
    await divest(portfolio, "0");
    await deliver("cash-available-for-withdrawal", `{"id":"${portfolio}","currency":"EUR"}`, true, stated);
    expect((await requestsOf(portfolio)).map((r) => r.state)).toEqual(["CANCELLED"]);
  });

  it("after an earlier request closed, a new early notice waits for the new request", async () => {
    const portfolio = `P-again-${Date.now()}`;
    await divest(portfolio, "100");
    await divest(portfolio, "0");
    const cashId = await deliver("cash-available-for-withdrawal", `{"id":"${portfolio}","currency":"EUR"}`, false);
    expect(await processEvent(db, cashId, EVENT_HANDLERS)).toBe("failed");
    await divest(portfolio, "200");
    expect(await processEvent(db, cashId, EVENT_HANDLERS)).toBe("processed");
    expect((await requestsOf(portfolio)).map((r) => r.state)).toEqual(["CANCELLED", "CASH_AVAILABLE"]);
  });

  it("concurrent divest events for one portfolio leave exactly one open request", async () => {
    const portfolio = `P-race-${Date.now()}`;
    const ids = [];
    for (const amount of ["100", "200", "300", "400", "500"]) {
      ids.push(await deliver("divest-amount-update", `{"id":"${portfolio}","divest_amount":${amount},"currency":"EUR"}`, false));
    }
    const outcomes = await Promise.all(
      ids.map((id) => processEvent(db, id, EVENT_HANDLERS, { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 1 })),
    );
    // A loser of the race fails and is retried later; retry the failed ones now until all settle.
    for (let round = 0; round < 5 && outcomes.some((o) => o === "failed"); round++) {
      for (const [i, id] of ids.entries()) if (outcomes[i] === "failed") outcomes[i] = await processEvent(db, id, EVENT_HANDLERS);
    }
    expect(outcomes.every((o) => o === "processed")).toBe(true);
    const open = (await requestsOf(portfolio)).filter((r) => r.state === "REQUESTED");
    expect(open).toHaveLength(1);
  });
});
