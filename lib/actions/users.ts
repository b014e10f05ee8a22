"use server";

import { revalidatePath } from "next/cache";

import { actionClient } from "@/lib/actions/safe-action";
import { changeUserRole, createUser, resetUserPassword, setUserDisabled } from "@/lib/data/users/manage-users";
import { changeUserRoleSchema, createUserSchema, resetUserPasswordSchema, setUserDisabledSchema } from "@/lib/validations/users";

export const createUserAction = actionClient
  .metadata({ name: "createUser", permission: "users.manage" })
  .inputSchema(createUserSchema)
  .action(async ({ parsedInput, ctx }) => {
    const user = await createUser(ctx.user, parsedInput);
    revalidatePath("/users");
    return { id: user.id };
  });

export const changeUserRoleAction = actionClient
  .metadata({ name: "changeUserRole", permission: "users.manage" })
  .inputSchema(changeUserRoleSchema)
  .action(async ({ parsedInput, ctx }) => {
    await changeUserRole(ctx.user, parsedInput);
    revalidatePath("/users");
    return { ok: true };
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
    await resetUserPassword(ctx.user, parsedInput);
    return { ok: true };
  });
