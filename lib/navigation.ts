import { hasPermission, type Permission } from "@/lib/auth/permissions";

/**
 * Areas in the navigation. An area is listed here only once it works (no
 * placeholder pages); each shows to the roles whose permission covers its page.
 */
export const AREAS: { href: string; label: string; permission: Permission }[] = [
  { href: "/customers", label: "Customers", permission: "customers.read" },
  { href: "/portfolios", label: "Portfolios", permission: "portfolios.read" },
  { href: "/withdrawals", label: "Withdrawals", permission: "withdrawals.read" },
  { href: "/deposits", label: "Deposits", permission: "deposits.view" },
  { href: "/onboarding", label: "Onboarding", permission: "onboarding.read" },
  { href: "/orders", label: "Orders", permission: "orders.read" },
  { href: "/users", label: "Users", permission: "users.read" },
  { href: "/audit", label: "Audit", permission: "audit.read" },
  { href: "/events", label: "Events", permission: "events.read" },
  { href: "/approvals", label: "Approvals", permission: "approvals.read" },
  { href: "/reconciliation", label: "Reconciliation", permission: "reconciliation.read" },
];

export function areasFor(role: string) {
  return AREAS.filter((area) => hasPermission(role, area.permission));
}
