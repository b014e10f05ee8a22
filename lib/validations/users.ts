import { z } from "zod";

import { storableText } from "./storable";

export const roleSchema = z.enum(["STAFF", "COMPLIANCE", "ADMIN"]);

// Length over composition rules (NIST SP 800-63B): at least 12 characters.
export const passwordSchema = z.string().min(12, "Use at least 12 characters.").max(200, "Use at most 200 characters.");

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address."),
  name: z.string().trim().min(1, "Enter a name.").max(120, "Use at most 120 characters."),
  role: roleSchema,
  password: passwordSchema,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const userIdSchema = storableText(64).pipe(z.string().min(1, "Choose a user."));

export const changeUserRoleSchema = z.object({ userId: userIdSchema, role: roleSchema });
export type ChangeUserRoleInput = z.infer<typeof changeUserRoleSchema>;

export const setUserDisabledSchema = z.object({ userId: userIdSchema, disabled: z.boolean() });
export type SetUserDisabledInput = z.infer<typeof setUserDisabledSchema>;

export const resetUserPasswordSchema = z.object({ userId: userIdSchema, password: passwordSchema });
export type ResetUserPasswordInput = z.infer<typeof resetUserPasswordSchema>;
