"use server";

import { areaAction, asUser, done } from "@/lib/actions/safe-action";
import { changeUserRole, createUser, resetUserPassword, resetUserSecondFactor, setUserDisabled } from "@/lib/users/manage-users";
import { resetSecondFactorSchema } from "@/lib/validations/four-eyes";
import { changeUserRoleSchema, createUserSchema, resetUserPasswordSchema, setUserDisabledSchema } from "@/lib/validations/users";

// Creating or promoting an ADMIN and resetting a password or second factor answer
// { status: "pending" }: another admin approves them on /approvals (four eyes).
const manageUsers = areaAction("users.manage", { refresh: "/approvals" });
const usersOrApprovals = (_: unknown, result: { status: string }) => (result.status === "done" ? "/users" : "/approvals");

export const createUserAction = manageUsers("createUser", createUserSchema, asUser(createUser), usersOrApprovals);
export const changeUserRoleAction = manageUsers("changeUserRole", changeUserRoleSchema, asUser(changeUserRole), usersOrApprovals);
export const setUserDisabledAction = manageUsers(
  "setUserDisabled",
  setUserDisabledSchema,
  (input, { user }) => done(setUserDisabled(user, input)),
  "/users",
);
export const resetUserPasswordAction = manageUsers("resetUserPassword", resetUserPasswordSchema, asUser(resetUserPassword));
export const resetUserSecondFactorAction = manageUsers("resetUserSecondFactor", resetSecondFactorSchema, asUser(resetUserSecondFactor));
