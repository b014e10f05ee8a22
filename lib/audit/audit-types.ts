import { z } from "zod";

/** Every audit action, `noun.past_verb`. Adding one here is the only way to write it. */
export const auditActionSchema = z.enum([
  "auth.signed_in",
  "auth.sign_in_failed",
  "auth.sign_in_blocked",
  "auth.signed_out",
  "user.created",
  "user.role_changed",
  "user.disabled",
  "user.enabled",
  "user.password_reset",
  "action.denied",
  "audit.exported",
  "event.replayed",
  "events.replayed",
  "events.exported",
  "portfolio.blocked",
  "portfolio.unblocked",
  "portfolio.brokerage_account_changed",
  "portfolio.funded_since_set",
  "portfolios.exported",
  "withdrawal.requested",
  "withdrawal.cash_available",
  "withdrawal.cancelled",
  "withdrawal.prepared",
  "withdrawal.approval_recorded",
  "withdrawal.approved",
  "withdrawal.rejected",
  "withdrawal.executing",
  "withdrawal.executed",
  "withdrawal.failed",
  "view.saved",
  "view.shared",
  "view.deleted",
]);

export type AuditAction = z.infer<typeof auditActionSchema>;
