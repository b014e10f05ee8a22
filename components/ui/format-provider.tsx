"use client";

import { createContext, useContext, type ReactNode } from "react";

import { DEFAULT_FORMAT_PREFS, type FormatPrefs } from "@/lib/format/prefs";

const FormatPrefsContext = createContext<FormatPrefs>(DEFAULT_FORMAT_PREFS);

/**
 * The signed-in person's locale and time zone for every <Money>, <DateTime> and <RelativeTime>
 * below it, server components' children included. Set once in the back-office layout.
 */
export function FormatProvider({ prefs, children }: { prefs: FormatPrefs; children: ReactNode }) {
  return <FormatPrefsContext.Provider value={prefs}>{children}</FormatPrefsContext.Provider>;
}

export function useFormatPrefs(): FormatPrefs {
  return useContext(FormatPrefsContext);
}
