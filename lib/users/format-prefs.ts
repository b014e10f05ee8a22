import "server-only";

import { cache } from "react";

import { auditAs } from "@/lib/audit/write-audit";
import type { SessionUser } from "@/lib/auth/session-state";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { resolveFormatPrefs, type FormatPrefs } from "@/lib/format/prefs";
import type { FormatPrefsInput } from "@/lib/validations/account";

/** The signed-in person's locale and time zone (defaults when signed out), once per request. */
export const loadFormatPrefs = cache(async (): Promise<FormatPrefs> => {
  // The root layout calls this for every page, the sign-in and error pages too: a database that is
  // down must not take those with it, so any failure here means the defaults.
  try {
    const user = await getCurrentUser();
    if (!user) return resolveFormatPrefs(null);
    const row = await getDb().user.findUnique({ where: { id: user.id }, select: { locale: true, timeZone: true } });
    return resolveFormatPrefs(row);
  } catch {
    return resolveFormatPrefs(null);
  }
});

/** Saves a person's own display preferences, audited like every other change. */
export async function updateFormatPrefs(user: SessionUser, input: FormatPrefsInput): Promise<FormatPrefs> {
  return getDb().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true, timeZone: true } });
    await tx.user.update({ where: { id: user.id }, data: { locale: input.locale, timeZone: input.timeZone } });
    await auditAs(tx, user, "user.preferences_updated", { type: "User", id: user.id }, { before, after: input });
    return resolveFormatPrefs(input);
  });
}
