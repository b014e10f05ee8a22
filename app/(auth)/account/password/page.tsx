import Link from "next/link";
import { redirect } from "next/navigation";

import { AccountCard } from "@/components/account/account-card";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { getSessionState } from "@/lib/auth/session";
import { STEP_PATHS } from "@/lib/auth/session-state";

export const metadata = { title: "Change password" };

/** The forced step after someone else set the password, and the voluntary change from the shell. */
export default async function ChangePasswordPage() {
  const state = await getSessionState();
  if (!state) redirect("/login");
  if (state.pending && state.pending !== "change-password") redirect(STEP_PATHS[state.pending]);
  const forced = state.pending === "change-password";
  return (
    <AccountCard
      title={forced ? "Choose a new password" : "Change your password"}
      intro={
        forced
          ? "Someone else set your password, so you must choose your own before you continue."
          : "At least 12 characters; not a common password and not your email address."
      }
    >
      <ChangePasswordForm />
      {!forced && (
        <Link href="/" className="mt-4 block text-sm underline">
          Back to the back office
        </Link>
      )}
    </AccountCard>
  );
}
