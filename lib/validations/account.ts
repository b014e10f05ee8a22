import { z } from "zod";

/** A 6-digit TOTP code or a recovery code (letters, digits, dashes, spaces). */
export const secondFactorCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .min(6, "Enter the 6-digit code or a recovery code.")
    .max(20, "Enter the 6-digit code or a recovery code.")
    .regex(/^[0-9A-Za-z -]+$/, "Enter the 6-digit code or a recovery code."),
});
