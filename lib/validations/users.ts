import { z } from "zod";

import { PASSWORD_MAX, passwordProblem } from "./password-rules";
import { isStorableText, storableText } from "./storable";

export const roleSchema = z.enum(["STAFF", "COMPLIANCE", "ADMIN"]);

/** RFC 5321's limit on a forward path; lowercase so one person cannot hold two accounts by case. */
export const EMAIL_MAX = 254;
export const emailSchema = z
  .string()
  .trim()
  .max(EMAIL_MAX, `Use at most ${EMAIL_MAX} characters.`)
  .toLowerCase()
  .email("Enter a valid email address.");

/**
 * The rules that need no email (length, not only spaces, not common). Where the email
 * is known, `withPasswordRules` also refuses one that contains it; a reset, which only
 * knows the user id, checks `passwordProblem(password, target.email)` where it reads the user.
 */
export const passwordSchema = z
  .string()
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`)
  .refine(isStorableText, "Contains characters that cannot be stored.")
  .superRefine((password, ctx) => {
    const problem = passwordProblem(password);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** Adds the email rule to an object schema with `email` and a password field. */
function refineAgainstEmail(value: { email: string }, password: string, path: string, ctx: z.RefinementCtx) {
  const problem = passwordProblem(password, value.email);
  if (problem && !passwordProblem(password)) ctx.addIssue({ code: "custom", message: problem, path: [path] });
}

export const createUserSchema = z
  .object({
    email: emailSchema,
    name: storableText(120).pipe(z.string().min(1, "Enter a name.")),
    role: roleSchema,
    password: passwordSchema,
  })
  .superRefine((value, ctx) => refineAgainstEmail(value, value.password, "password", ctx));
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const userIdSchema = storableText(64).pipe(z.string().min(1, "Choose a user."));

export const changeUserRoleSchema = z.object({ userId: userIdSchema, role: roleSchema });
export type ChangeUserRoleInput = z.infer<typeof changeUserRoleSchema>;

export const setUserDisabledSchema = z.object({ userId: userIdSchema, disabled: z.boolean() });
export type SetUserDisabledInput = z.infer<typeof setUserDisabledSchema>;

export const resetUserPasswordSchema = z.object({ userId: userIdSchema, password: passwordSchema });
export type ResetUserPasswordInput = z.infer<typeof resetUserPasswordSchema>;

/** A user choosing their own new password (forced after a reset, or voluntarily). */
export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX),
    newPassword: passwordSchema,
    confirmPassword: z.string().max(PASSWORD_MAX),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { message: "The two new passwords differ.", path: ["confirmPassword"] })
  .refine((value) => value.newPassword !== value.currentPassword, {
    message: "Choose a password you have not used here.",
    path: ["newPassword"],
  });
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordSchema>;
