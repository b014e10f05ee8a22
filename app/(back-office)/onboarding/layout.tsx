import type { ReactNode } from "react";

import { OnboardingTabs } from "@/components/onboarding/onboarding-tabs";
import { hasPermission } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { ONBOARDING_TABS } from "@/lib/onboarding/tabs";

/** Each page still checks its own permission; the layout only hides tabs the role cannot open. */
export default async function OnboardingLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const tabs = ONBOARDING_TABS.filter((tab) => hasPermission(user?.role, tab.permission)).map(({ href, label }) => ({ href, label }));
  return (
    <>
      <OnboardingTabs tabs={tabs} />
      {children}
    </>
  );
}
