import { redirect } from "next/navigation";

import { requirePagePermission } from "@/lib/auth/session";

export default async function OnboardingPage() {
  await requirePagePermission("onboarding.read");
  redirect("/onboarding/cases");
}
