import type { Role } from "@/generated/prisma/enums";

/**
 * The one permission table. Every page, server action and route handler names a
 * permission from here; anything not granted is denied (deny by default).
 * Names are `noun.verb`.
 */
export const PERMISSIONS = {
  "users.read": ["ADMIN"],
  "users.manage": ["ADMIN"],
  "audit.read": ["ADMIN"],
  "audit.export": ["ADMIN"],
  "home.read": ["STAFF", "COMPLIANCE", "ADMIN"],
  "events.read": ["STAFF", "COMPLIANCE", "ADMIN"],
  // Raw payloads carry customers' personal data (WiseAlpha profiles): bulk export is narrower than reading.
  "events.export": ["COMPLIANCE", "ADMIN"],
  "events.replay": ["ADMIN"],
  "portfolios.read": ["STAFF", "COMPLIANCE", "ADMIN"],
  "portfolios.export": ["STAFF", "COMPLIANCE", "ADMIN"],
  // Brokerage account and funded_since are operational corrections; blocking stops a customer's portfolio.
  "portfolios.edit": ["STAFF", "ADMIN"],
  "portfolios.block": ["ADMIN"],
  // Opening a portfolio for an existing InvestSuite user is operational work (#17); closing it
  // (a delete at InvestSuite, never undone) is an admin's, with a second admin's approval.
  "portfolios.create": ["STAFF", "ADMIN"],
  "portfolios.close": ["ADMIN"],
  "withdrawals.read": ["STAFF", "COMPLIANCE", "ADMIN"],
  // Maker: staff or an admin prepares; checker: an admin who is not the maker (enforced in the domain rules).
  "withdrawals.prepare": ["STAFF", "ADMIN"],
  "withdrawals.decide": ["ADMIN"],
  // Deposits (#17): staff record an incoming bank transfer; above DEPOSIT_FOUR_EYES_ABOVE an admin
  // who did not record it approves (the same four-eyes rule as withdrawals, lib/four-eyes/eligibility.ts).
  "deposits.view": ["STAFF", "COMPLIANCE", "ADMIN"],
  "deposits.record": ["STAFF", "ADMIN"],
  "deposits.approve": ["ADMIN"],
  "views.save": ["STAFF", "COMPLIANCE", "ADMIN"],
  "views.share": ["ADMIN"],
  "onboarding.read": ["STAFF", "COMPLIANCE", "ADMIN"],
  // Claims, notes and approve/reject decisions on onboarding cases are compliance work.
  "onboarding.review": ["COMPLIANCE", "ADMIN"],
  // Writes at the provider on a customer's behalf (documents, profile fields, investor type, new customers).
  "onboarding.act": ["COMPLIANCE", "ADMIN"],
  // Cashlink (#17): accepting an investment is the issuer's compliance decision; recording that the
  // investor's payment arrived (ACCEPTED → PAID) is operations' bank reconciliation.
  "cashlink_investments.accept": ["COMPLIANCE", "ADMIN"],
  "cashlink_investments.mark_paid": ["STAFF", "ADMIN"],
  "orders.read": ["STAFF", "COMPLIANCE", "ADMIN"],
  // Cancel, confirm and place orders at WiseAlpha for a customer; compliance reviews but does not trade.
  "orders.trade": ["STAFF", "ADMIN"],
  // A WiseAlpha customer's push and e-mail notification settings, changed on their behalf (#16).
  "notifications.edit": ["STAFF", "ADMIN"],
  // Reconciliation (issue 15): everyone reads drift; compliance and admins acknowledge or resolve it; admins start runs.
  "reconciliation.read": ["STAFF", "COMPLIANCE", "ADMIN"],
  "reconciliation.export": ["STAFF", "COMPLIANCE", "ADMIN"],
  "reconciliation.decide": ["COMPLIANCE", "ADMIN"],
  "reconciliation.run": ["ADMIN"],
  // Four eyes: everyone sees the change requests; whether one may approve is decided per kind
  // (lib/auth/four-eyes-policy.ts) and per person (lib/four-eyes/eligibility.ts) inside the action.
  "approvals.read": ["STAFF", "COMPLIANCE", "ADMIN"],
  "approvals.decide": ["STAFF", "COMPLIANCE", "ADMIN"],
  // Customer 360 (issue #14): everyone reads a customer; linking persons is a compliance decision;
  // "who looked at this customer" is itself personal data about staff, so compliance and admin only.
  "customers.read": ["STAFF", "COMPLIANCE", "ADMIN"],
  "customers.link": ["COMPLIANCE", "ADMIN"],
  "customers.access_log": ["COMPLIANCE", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}

export function hasPermission(role: string | null | undefined, permission: string): boolean {
  if (!role || !isPermission(permission)) return false;
  return (PERMISSIONS[permission] as readonly string[]).includes(role);
}

/**
 * Route handlers that answer without a signed-in user, each with the reason. The
 * route-coverage test fails for any route that is neither here nor guarded.
 */
export const PUBLIC_ROUTES: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "next-auth sign-in, sign-out and session endpoints",
  "app/api/health/route.ts": "load-balancer and supervisor probe; reports component status only, no data",
  "app/api/webhooks/wisealpha/route.ts": "WiseAlpha's servers; every delivery is checked by HMAC signature on the raw body",
  "app/api/webhooks/cashlink/route.ts": "Cashlink's servers; every delivery is checked against the shared bearer token",
  "app/api/wisealpha/oauth/start/route.ts":
    "a WiseAlpha customer (not a user of ours) starts the OAuth grant; it only redirects to WiseAlpha",
  "app/api/wisealpha/oauth/callback/route.ts":
    "WiseAlpha returns the customer here; the state must match the start's cookie and the code is checked by WiseAlpha",
  "app/api/intake/investsuite/route.ts": "InvestSuite HTTP push; every delivery is checked by HMAC signature on the raw body",
};

/** Pages reachable without a session. */
export const PUBLIC_PAGES: Record<string, string> = {
  "app/(auth)/login/page.tsx": "the sign-in form",
  "app/(auth)/account/second-factor/page.tsx":
    "second-factor enrolment and code: the step of a partial session (checks the session itself)",
  "app/(auth)/account/password/page.tsx": "forced or voluntary password change: a partial session's step (checks the session itself)",
  "app/(auth)/account/preferences/page.tsx":
    "the signed-in person's own locale and time zone (requireSignedIn; every role may set its own)",
};
