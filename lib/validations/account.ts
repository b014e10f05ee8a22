import { z } from "zod";

import { isSupportedLocale, isValidTimeZone } from "@/lib/format/prefs";

/** A 6-digit TOTP code or a recovery code (letters, digits, dashes, spaces). */
export const secondFactorCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .min(6, "Enter the 6-digit code or a recovery code.")
    .max(20, "Enter the 6-digit code or a recovery code.")
    .regex(/^[0-9A-Za-z -]+$/, "Enter the 6-digit code or a recovery code."),
});

/** A person's display preferences: a locale the app offers and a time zone the runtime knows. */
export const formatPrefsSchema = z.object({
  locale: z.string().refine(isSupportedLocale, "Choose one of the offered languages."),
  timeZone: z
    .string()
    .trim()
    .min(1, "Choose a time zone.")
    .refine(isValidTimeZone, "Not a time zone this server knows (e.g. Europe/Brussels)."),
});
export type FormatPrefsInput = z.infer<typeof formatPrefsSchema>;
