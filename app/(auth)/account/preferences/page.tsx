import Link from "next/link";

import { AccountCard } from "@/components/account/account-card";
import { FormatPrefsForm } from "@/components/account/format-prefs-form";
import { requireSignedIn } from "@/lib/auth/session";
import { loadFormatPrefs } from "@/lib/users/format-prefs";

export const metadata = { title: "Preferences" };

/** The account page's settings: how this person reads amounts and times. */
export default async function PreferencesPage() {
  await requireSignedIn();
  const prefs = await loadFormatPrefs();
  return (
    <AccountCard title="Preferences" intro="How amounts and dates are shown to you. Times also show in UTC when you hover over them.">
      <FormatPrefsForm prefs={prefs} zones={Intl.supportedValuesOf("timeZone")} />
      <Link href="/" className="mt-4 inline-flex min-h-6 items-center text-sm underline">
        Back to the back office
      </Link>
    </AccountCard>
  );
}
