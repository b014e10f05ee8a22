"use server";

import { revalidatePath } from "next/cache";

import { actionClient } from "@/lib/actions/safe-action";
import { changeUserRole, createUser, resetUserPassword, resetUserSecondFactor, setUserDisabled } from "@/lib/users/manage-users";
import { resetSecondFactorSchema } from "@/lib/validations/four-eyes";
import { changeUserRoleSchema, createUserSchema, resetUserPasswordSchema, setUserDisabledSchema } from "@/lib/validations/users";

// Creating or promoting an ADMIN and resetting a password or second factor answer
// { status: "pending" }: another admin approves them on /approvals (four eyes).

export const createUserAction = actionClient
  .metadata({ name: "createUser", permission: "users.manage" })
  .inputSchema(createUserSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createUser(ctx.user, parsedInput);
    revalidatePath(result.status === "done" ? "/users" : "/approvals");
    return result;
  });

export const changeUserRoleAction = actionClient
  .metadata({ name: "changeUserRole", permission: "users.manage" })
  .inputSchema(changeUserRoleSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await changeUserRole(ctx.user, parsedInput);
    revalidatePath(result.status === "done" ? "/users" : "/approvals");
    return result;
  });

export const setUserDisabledAction = actionClient
  .metadata({ name: "setUserDisabled", permission: "users.manage" })
  .inputSchema(setUserDisabledSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setUserDisabled(ctx.user, parsedInput);
    revalidatePath("/users");
    return { ok: true };
  });

export const resetUserPasswordAction = actionClient
  .metadata({ name: "resetUserPassword", permission: "users.manage" })
  .inputSchema(resetUserPasswordSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await resetUserPassword(ctx.user, parsedInput);
    revalidatePath("/approvals");
    return result;
  });

export const resetUserSecondFactorAction = actionClient
  .metadata({ name: "resetUserSecondFactor", permission: "users.manage" })
  .inputSchema(resetSecondFactorSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await resetUserSecondFactor(ctx.user, parsedInput);
    revalidatePath("/approvals");
    return result;
  });
