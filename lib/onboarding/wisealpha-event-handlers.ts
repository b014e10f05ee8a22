import { z } from "zod";

import type { Tx } from "@/lib/db";
import type { EventHandler, HandledEvent } from "@/lib/events/handlers";
import { onePerSubject } from "@/lib/events/one-per-subject";
import { notifyCaseAssignees } from "@/lib/notifications/notify-causes";
import { parseWiseAlphaCustomer, type WiseAlphaCustomer } from "@/lib/providers/wisealpha/transform";

import { statusAfterProviderChange } from "./case-rules";
import { appendEntries, changeStatuses, lockCases } from "./case-timeline";
import { customerName } from "./customer-flags";
import { ensureCases, saveCustomerSnapshots, waitingOnCustomer } from "./customer-projection";

/** Seed 004 "Events and Webhooks": every account event carries the profile after the change. */
const accountEventSchema = z.object({
  id: z.string(),
  created: z.string().optional(),
  event_type: z.string(),
  customer_id: z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v) => (v === null || v === undefined ? undefined : String(v))),
  data: z
    .looseObject({
      user_profile: z.unknown().optional(),
      document: z
        .looseObject({ type: z.string().optional(), type_display: z.string().optional(), rejection_reason: z.string().optional() })
        .optional(),
      rejection_reason: z.string().optional(),
      amount_allocated: z.union([z.string(), z.number()]).optional(),
      currency: z.string().optional(),
      wisealpha_reference: z.string().optional(),
    })
    .default({}),
});
type AccountEvent = z.infer<typeof accountEventSchema>;

/** What each account event means for the case: a sentence for the timeline, and whether it puts the case on the customer. */
function describe(
  event: AccountEvent,
  profile: WiseAlphaCustomer | null,
): { summary: string; waiting: boolean | null; reason: string | null } {
  const d = event.data;
  const doc = d.document?.type_display ?? d.document?.type ?? "A document";
  switch (event.event_type) {
    case "account.document-rejected":
      return {
        summary: `WiseAlpha rejected ${doc}`,
        waiting: true,
        reason: `${doc} rejected: ${d.document?.rejection_reason ?? "no reason given"}`,
      };
    case "account.additional-document-required": {
      const requestReason = d.document?.type ? profile?.validation.document_info[d.document.type]?.request_reason : undefined;
      return { summary: `WiseAlpha requires ${doc}`, waiting: true, reason: `${doc} required${requestReason ? `: ${requestReason}` : ""}` };
    }
    case "account.bank-details-rejected":
      return {
        summary: "WiseAlpha rejected the bank details",
        waiting: true,
        reason: `Bank details rejected: ${d.rejection_reason ?? "no reason given"}`,
      };
    case "account.aml-check-failed":
      return { summary: "AML auto-check failed", waiting: true, reason: "AML auto-check failed: ID documents are needed" };
    case "account.aml-check-passed":
      return { summary: "AML auto-check passed", waiting: null, reason: null };
    case "account.identity-documents-verified":
      return { summary: "WiseAlpha verified the identity documents", waiting: null, reason: null };
    case "account.investor-type-approved":
      return { summary: "WiseAlpha approved the investor type", waiting: null, reason: null };
    case "account.bank-transfer-credited":
      return { summary: `Bank transfer credited: ${d.amount_allocated ?? "?"} ${d.currency ?? ""}`.trim(), waiting: null, reason: null };
    default:
      return { summary: event.event_type, waiting: null, reason: null };
  }
}

/**
 * `WISEALPHA:account.*`: refreshes the customer's projection from the event's profile,
 * records the event on the customer's case and moves an open case (a rejection waits on
 * the customer with the provider's reason; a verification ends the wait). Idempotent: a
 * replayed event finds its timeline entry and changes nothing. An event older than the
 * last one applied joins the timeline without moving the case.
 *
 * Set-based (#19): a set of events costs the same eight statements as one (projection, cases,
 * lock, replay check, entries, notifications, moves); one event is a set of one.
 */
export async function onWiseAlphaAccountEvents(tx: Tx, handled: HandledEvent[]) {
  for (const set of onePerSubject(handled.map(readAccountEvent), (e) => e.customerId)) await applyAccountEvents(tx, set);
}

export const onWiseAlphaAccountEvent: EventHandler = (tx, handled) => onWiseAlphaAccountEvents(tx, [handled]);

type ReadAccountEvent = { eventId: bigint; event: AccountEvent; profile: WiseAlphaCustomer | null; customerId: string; statedAt: Date };

function readAccountEvent(handled: HandledEvent): ReadAccountEvent {
  const event = accountEventSchema.parse(handled.payload);
  const profile = parseWiseAlphaCustomer(event.data.user_profile);
  const customerId = event.customer_id ?? profile?.customer_id;
  if (!customerId) throw new Error(`${event.event_type} ${event.id} names no customer.`);
  const statedAt = event.created && !Number.isNaN(Date.parse(event.created)) ? new Date(event.created) : new Date();
  return { eventId: handled.id, event, profile, customerId, statedAt };
}

/** One set: each customer at most once. */
async function applyAccountEvents(tx: Tx, events: ReadAccountEvent[]) {
  const withProfile = events.filter((e) => e.profile !== null);
  await saveCustomerSnapshots(
    tx,
    withProfile.map((e) => e.profile!),
    withProfile.map((e) => e.statedAt),
  );
  const caseIds = await ensureCases(
    tx,
    "WISEALPHA_CUSTOMER",
    events.map((e) => ({ subjectRef: e.customerId, displayName: e.profile ? customerName(e.profile) : null })),
  );
  const cases = new Map((await lockCases(tx, [...caseIds.values()])).map((c) => [c.id, c]));
  const seen = await tx.onboardingCaseEntry.findMany({
    where: { caseId: { in: [...caseIds.values()] }, eventId: { in: events.map((e) => e.eventId) } },
    select: { caseId: true, eventId: true },
  });
  const seenKeys = new Set(seen.map((s) => `${s.caseId} ${s.eventId}`));
  const fresh = events
    .map((e) => ({ ...e, current: cases.get(caseIds.get(e.customerId)!)!, what: describe(e.event, e.profile) }))
    .filter((e) => !seenKeys.has(`${e.current.id} ${e.eventId}`));

  await appendEntries(
    tx,
    fresh.map(({ current, what, event, eventId, profile }) => ({
      caseId: current.id,
      kind: "PROVIDER_EVENT" as const,
      summary: what.summary,
      eventId,
      body: what.reason,
      details: { eventType: event.event_type, providerEventId: event.id, validationStatus: profile?.validation.status ?? null },
    })),
  );
  await notifyCaseAssignees(
    tx,
    fresh.map(({ current, eventId, what }) => ({ case: current, eventId, summary: what.summary })),
  );
  await changeStatuses(
    tx,
    fresh
      .filter(({ current, statedAt }) => !(current.lastEventAt && current.lastEventAt > statedAt))
      .map(({ current, what, profile, statedAt }) => {
        // A clearing event ends the wait only when the profile shows nothing left for the customer to do.
        const waiting = what.waiting ?? (profile ? waitingOnCustomer(profile) : current.status === "WAITING_ON_CUSTOMER");
        const next = statusAfterProviderChange(current, waiting);
        const waitingReason = next === "WAITING_ON_CUSTOMER" ? (what.reason ?? current.waitingReason) : null;
        return { caseId: current.id, from: current.status, to: next, reason: waitingReason, lastEventAt: statedAt, waitingReason };
      }),
  );
}

export const WISEALPHA_ACCOUNT_EVENT_TYPES = [
  "account.aml-check-passed",
  "account.aml-check-failed",
  "account.identity-documents-verified",
  "account.document-rejected",
  "account.additional-document-required",
  "account.bank-details-rejected",
  "account.investor-type-approved",
  "account.bank-transfer-credited",
] as const;
