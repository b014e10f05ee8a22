import type { Permission } from "@/lib/auth/permissions";

/**
 * Sub-navigation of the Onboarding area (rendered by its layout). Each tab is shown to
 * the roles whose permission covers its page. Append new tabs at the end.
 */
export const ONBOARDING_TABS: { href: string; label: string; permission: Permission }[] = [
  { href: "/onboarding/customers", label: "Customers", permission: "onboarding.read" },
  { href: "/onboarding/cases", label: "Cases", permission: "onboarding.read" },
  { href: "/onboarding/invitations", label: "Invitations", permission: "onboarding.read" },
  { href: "/onboarding/assessments", label: "Assessments", permission: "onboarding.read" },
  { href: "/onboarding/investments", label: "Investments", permission: "onboarding.read" },
  { href: "/onboarding/cashlink-investors", label: "Cashlink investors", permission: "onboarding.read" },
  { href: "/onboarding/campaigns", label: "Campaigns", permission: "onboarding.read" },
];
