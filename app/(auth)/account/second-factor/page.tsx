import Link from "next/link";
import { redirect } from "next/navigation";

import { EnrolSecondFactorForm, VerifySecondFactorForm } from "@/components/account/second-factor-forms";
import { AccountCard } from "@/components/account/account-card";
import { pendingEnrolment } from "@/lib/auth/second-factor";
import { getSessionState } from "@/lib/auth/session";
import { STEP_PATHS } from "@/lib/auth/session-state";

export const metadata = { title: "Second factor" };

/**
 * Reachable by a partial session (this is its step) and by a signed-in user who wants
 * to enrol voluntarily. Listed in PUBLIC_PAGES because it decides for itself.
 */
export default async function SecondFactorPage() {
  const state = await getSessionState();
  if (!state) redirect("/login");
  if (state.pending === "change-password") redirect(STEP_PATHS["change-password"]);

  if (state.pending === "verify-second-factor") {
    return (
      <AccountCard
        title="Enter your second-factor code"
        intro="Open your authenticator app and enter the 6-digit code, or one of your recovery codes."
      >
        <VerifySecondFactorForm />
      </AccountCard>
    );
  }

  if (state.secondFactorEnrolled) {
    return (
      <AccountCard
        title="Second factor"
        intro="A second factor is set up for your account. An admin can reset it (under four eyes) if you lose your phone and your recovery codes."
      >
        <Link href="/" className="text-sm underline">
          Back to the back office
        </Link>
      </AccountCard>
    );
  }

  const enrolment = (await pendingEnrolment(state.user))!;
  const required = state.pending === "enrol-second-factor";
  return (
    <AccountCard
      title="Set up your second factor"
      intro={
        required
          ? "Your role needs a second factor. Scan the code with an authenticator app (or type the secret), then enter the 6-digit code it shows."
          : "Scan the code with an authenticator app (or type the secret), then enter the 6-digit code it shows."
      }
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL generated on the server, nothing to optimise */}
      <img src={enrolment.qrDataUrl} alt="QR code for your authenticator app" width={200} height={200} className="mx-auto" />
      <p className="mt-3 text-xs text-slate-600">Secret (if you cannot scan):</p>
      <p className="font-mono text-sm break-all" data-testid="totp-secret">
        {enrolment.secret}
      </p>
      <EnrolSecondFactorForm />
    </AccountCard>
  );
}
