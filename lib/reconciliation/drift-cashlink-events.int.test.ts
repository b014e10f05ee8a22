import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/create-client";
import { forSuite } from "@/scripts/test-support/for-suite";

import { syncCashlinkInvitations } from "@/lib/onboarding/sync-invitations";
import { createCashlinkClient } from "@/lib/providers/cashlink/client";

import { CASHLINK_INVESTMENTS_CHECK, CASHLINK_INVITATIONS_CHECK, EVENT_GAPS_CHECK, UNPROCESSED_EVENTS_CHECK } from "./check-names";
import { cashlinkInvestments } from "./checks/cashlink-investments";
import { cashlinkInvitations } from "./checks/cashlink-invitations";
import { wiseAlphaEventGaps } from "./checks/events-gaps";
import { unprocessedEvents } from "./checks/events-unprocessed";
import { expectOnlyNew, itemOf, runCheck } from "./test-runs";
import { startSandboxes } from "./test-sandboxes";

const db = createPrismaClient(process.env.DATABASE_URL!, 4);
const sandboxes = forSuite(startSandboxes);
const NEXT: Record<string, string> = {
  KYC_PENDING: "REVIEW_PENDING",
  REVIEW_PENDING: "WAITING_FOR_ACCEPTANCE",
  WAITING_FOR_ACCEPTANCE: "ACCEPTED",
};
const GAPS = { eventGapGraceMs: 0 };

afterAll(async () => {
  await db.$disconnect();
});

/** Stores WiseAlpha events as the webhook route or the poller would (only what the gap check reads). */
async function receive(events: { id: string; event_type: string }[]) {
  await db.providerEvent.createMany({
    data: events.map((e) => ({
      provider: "WISEALPHA" as const,
      providerEventId: e.id,
      type: e.event_type,
      transport: "POLL" as const,
      signature: "NOT_SIGNED" as const,
      status: "PROCESSED" as const,
    })),
    skipDuplicates: true,
  });
}

describe("Cashlink and event drift", () => {
  it("an investment's status changed without a webhook is one open item; a later run closes it once our request agrees", async () => {
    const investments = [];
    for await (const i of sandboxes.direct.cashlink.iterateInvestments()) investments.push(i);
    const investment = investments.find((i) => NEXT[i.status]);
    expect(investment).toBeDefined();
    const id = randomUUID();
    await db.cashlinkInvestmentRequest.create({
      data: {
        id,
        invitationId: `inv-${id}`,
        investorId: investment!.investor_id,
        campaignId: investment!.campaign_id,
        units: investment!.units,
        signedAt: new Date(),
        idempotencyKey: `key-${id}`,
        state: "CREATED",
        investmentId: investment!.id,
        investmentStatus: investment!.status,
        requestedById: "test",
      },
    });
    const before = await runCheck(db, sandboxes, cashlinkInvestments);
    const target = NEXT[investment!.status]!;
    await sandboxes.control("POST", `/cashlink/__sandbox/drift/investments/${investment!.id}/status`, { status: target });

    const after = await runCheck(db, sandboxes, cashlinkInvestments);
    const item = await expectOnlyNew(db, before, after, investment!.id, "status_differs");
    expect(item.ours).toMatchObject({ request: id, status: investment!.status });
    expect(item.theirs).toMatchObject({ status: target });
    expect(after.providerCallCount).toBeLessThanOrEqual(after.objectsChecked + 1); // + the OAuth token

    // The late webhook arrives (our handler would write this).
    await db.cashlinkInvestmentRequest.update({ where: { id }, data: { investmentStatus: target } });
    const later = await runCheck(db, sandboxes, cashlinkInvestments);
    expect(later.closed).toBe(1);
    expect((await itemOf(db, CASHLINK_INVESTMENTS_CHECK, "CASHLINK", investment!.id)).state).toBe("RESOLVED");
  });

  it("a dropped WiseAlpha webhook is one open gap; a later run closes it once the event is received", async () => {
    const feed = [];
    for await (const e of sandboxes.direct.wiseAlpha.iterateEvents()) feed.push(e);
    await receive(feed);
    const before = await runCheck(db, sandboxes, wiseAlphaEventGaps, GAPS);
    const customer = await (async () => {
      for await (const c of sandboxes.direct.wiseAlpha.iterateCustomers())
        if (["No Check Performed", "AML Check Pending"].includes(c.validation.aml_check.status)) return c;
      return null;
    })();
    expect(customer).not.toBeNull();
    await sandboxes.control("POST", "/wisealpha/__sandbox/drift/webhooks/drop-next", { count: 1 });
    const emitted = await sandboxes.control<{ event_id: string; event_type: string }>(
      "POST",
      `/wisealpha/__sandbox/customers/${customer!.customer_id}/aml`,
      { result: "pass" },
    );
    const { dropped } = await sandboxes.control<{ dropped: string[] }>("GET", "/wisealpha/__sandbox/drift/webhooks/dropped");
    expect(dropped).toEqual([emitted.event_id]);

    const after = await runCheck(db, sandboxes, wiseAlphaEventGaps, GAPS);
    const item = await expectOnlyNew(db, before, after, emitted.event_id, "not_received");
    expect(item.theirs).toMatchObject({ type: emitted.event_type, customer: customer!.customer_id });

    await receive([{ id: emitted.event_id, event_type: emitted.event_type }]);
    const later = await runCheck(db, sandboxes, wiseAlphaEventGaps, GAPS);
    expect(later.closed).toBe(1);
    expect((await itemOf(db, EVENT_GAPS_CHECK, "EVENTS", emitted.event_id)).state).toBe("RESOLVED");
  });

  it("an event left unprocessed past the configured age is one open item; processing it closes the item", async () => {
    const settings = { unprocessedEventAgeMs: 60_000 };
    // Other suites' leftovers in the shared test database (e.g. a kill test's backlog stored with
    // processing off) would fill the check's 10,000-item cap and its run time: set them aside as
    // DEAD (the files run one at a time, so none of them is still at work).
    await db.providerEvent.updateMany({
      where: { status: { in: ["PENDING", "FAILED"] }, receivedAt: { lt: new Date(Date.now() - settings.unprocessedEventAgeMs) } },
      data: { status: "DEAD" },
    });
    const before = await runCheck(db, sandboxes, unprocessedEvents, settings);
    const event = await db.providerEvent.create({
      data: {
        provider: "WISEALPHA",
        providerEventId: `stuck-${randomUUID()}`,
        type: "account.aml-check-passed",
        transport: "WEBHOOK",
        signature: "VALID",
        status: "FAILED",
        attempts: 3,
        lastError: "boom",
        receivedAt: new Date(Date.now() - 120_000),
      },
    });
    const after = await runCheck(db, sandboxes, unprocessedEvents, settings);
    await expectOnlyNew(db, before, after, event.id.toString(), "not_processed");
    expect(after.providerCallCount).toBe(0);

    await db.providerEvent.update({ where: { id: event.id }, data: { status: "PROCESSED", processedAt: new Date() } });
    const later = await runCheck(db, sandboxes, unprocessedEvents, settings);
    expect(later.closed).toBe(1);
    expect((await itemOf(db, UNPROCESSED_EVENTS_CHECK, "EVENTS", event.id.toString())).state).toBe("RESOLVED");
  });
});

describe("Cashlink invitation drift", () => {
  beforeAll(async () => {
    // Our cases start in agreement with Cashlink, as the worker's invitation sync leaves them.
    await syncCashlinkInvitations(db, sandboxes.direct.cashlink);
  });

  it("an invitation we hold no case for is one open item; the invitation sync opens the case and a later run closes the item", async () => {
    const before = await runCheck(db, sandboxes, cashlinkInvitations);
    const [existing] = await firstInvitations(1);
    // Made at Cashlink behind our back (another channel of the bank), so no case exists for it.
    const writer = createCashlinkClient({
      baseUrl: `${sandboxes.url}/cashlink`,
      clientId: "cashlink-sandbox-client",
      clientSecret: "cashlink-sandbox-secret",
      scopes: "investments:read investments:write",
    });
    const created = await writer.createInvitation(
      { investorId: existing!.investor_id, campaignId: existing!.campaign_id, units: 1 },
      { idempotencyKey: `drift-${randomUUID()}` },
    );

    const after = await runCheck(db, sandboxes, cashlinkInvitations);
    const item = await expectOnlyNew(db, before, after, created.id, "missing_case");
    expect(item.ours).toBeNull();
    expect(item.theirs).toMatchObject({ units: 1 });
    expect(after.providerCallCount).toBeLessThanOrEqual(after.objectsChecked + 1); // + the OAuth token

    await syncCashlinkInvitations(db, sandboxes.direct.cashlink);
    const later = await runCheck(db, sandboxes, cashlinkInvitations);
    expect(later.closed).toBe(1);
    expect(later.driftFound).toBe(before.driftFound);
    expect((await itemOf(db, CASHLINK_INVITATIONS_CHECK, "CASHLINK", created.id)).state).toBe("RESOLVED");
  });

  it("a case whose readiness differs from Cashlink's is one open item; the invitation sync puts it right and a later run closes it", async () => {
    const before = await runCheck(db, sandboxes, cashlinkInvitations);
    const [invitation] = await firstInvitations(1);
    const row = await db.onboardingCase.findUniqueOrThrow({
      where: { subjectType_subjectRef: { subjectType: "CASHLINK_INVITATION", subjectRef: invitation!.id } },
    });
    // Our record drifts (a missed webhook): it says the opposite of what Cashlink says.
    await db.onboardingCase.update({ where: { id: row.id }, data: { providerReady: !row.providerReady } });

    const after = await runCheck(db, sandboxes, cashlinkInvitations);
    const item = await expectOnlyNew(db, before, after, invitation!.id, "readiness_differs");
    expect(item.ours).toMatchObject({ case: row.id, ready: !row.providerReady });
    expect(item.theirs).toMatchObject({ ready: row.providerReady });

    await syncCashlinkInvitations(db, sandboxes.direct.cashlink);
    const later = await runCheck(db, sandboxes, cashlinkInvitations);
    expect(later.closed).toBe(1);
    expect((await itemOf(db, CASHLINK_INVITATIONS_CHECK, "CASHLINK", invitation!.id)).state).toBe("RESOLVED");
  });
});

async function firstInvitations(count: number) {
  const invitations = [];
  for await (const i of sandboxes.direct.cashlink.iterateInvitations()) if (invitations.push(i) >= count) break;
  expect(invitations).toHaveLength(count);
  return invitations;
}
