import { z } from "zod";

import type { EventHandler } from "@/lib/events/handlers";
import { notifyCaseAssignee } from "@/lib/notifications/notify-causes";
import { parseWiseAlphaCustomer, type WiseAlphaCustomer } from "@/lib/providers/wisealpha/transform";

import { statusAfterProviderChange } from "./case-rules";
import { appendEntry, changeStatus, lockCase } from "./case-timeline";
import { customerName } from "./customer-flags";
import { ensureCase, saveCustomerSnapshots, waitingOnCustomer } from "./customer-projection";

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
 */
export const onWiseAlphaAccountEvent: EventHandler = async (tx, handled) => {
  const event = accountEventSchema.parse(handled.payload);
  const profile = parseWiseAlphaCustomer(event.data.user_profile);
  const customerId = event.customer_id ?? profile?.customer_id;
  if (!customerId) throw new Error(`${event.event_type} ${event.id} names no customer.`);
  const statedAt = event.created && !Number.isNaN(Date.parse(event.created)) ? new Date(event.created) : new Date();

  if (profile) await saveCustomerSnapshots(tx, [profile], statedAt);
  const caseId = await ensureCase(tx, "WISEALPHA_CUSTOMER", customerId, profile ? customerName(profile) : null);
  const current = (await lockCase(tx, caseId))!;
  const seen = await tx.onboardingCaseEntry.findFirst({ where: { caseId, eventId: handled.id }, select: { id: true } });
  if (seen) return;

  const what = describe(event, profile);
  await appendEntry(tx, caseId, {
    kind: "PROVIDER_EVENT",
    summary: what.summary,
    eventId: handled.id,
    body: what.reason,
    details: { eventType: event.event_type, providerEventId: event.id, validationStatus: profile?.validation.status ?? null },
  });
  await notifyCaseAssignee(tx, current, handled.id, what.summary);
  if (current.lastEventAt && current.lastEventAt > statedAt) return;

  // A clearing event ends the wait only when the profile shows nothing left for the customer to do.
  const waiting = what.waiting ?? (profile ? waitingOnCustomer(profile) : current.status === "WAITING_ON_CUSTOMER");
  const next = statusAfterProviderChange(current, waiting);
  await changeStatus(tx, caseId, current.status, next, {
    eventId: handled.id,
    reason: next === "WAITING_ON_CUSTOMER" ? (what.reason ?? current.waitingReason) : null,
    data: {
      lastEventAt: statedAt,
      ...(next === "WAITING_ON_CUSTOMER" ? { waitingReason: what.reason ?? current.waitingReason } : { waitingReason: null }),
    },
  });
};

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
