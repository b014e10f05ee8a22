"use server";

import { sessionActionClient } from "@/lib/actions/session-action";
import { changeOwnPassword } from "@/lib/auth/change-password";
import { confirmEnrolment, verifySecondFactor } from "@/lib/auth/second-factor";
import { loadSessionState, STEP_PATHS } from "@/lib/auth/session-state";
import { AppError } from "@/lib/errors";
import { updateFormatPrefs } from "@/lib/users/format-prefs";
import { formatPrefsSchema, secondFactorCodeSchema } from "@/lib/validations/account";
import { changeOwnPasswordSchema } from "@/lib/validations/users";

/** Where the browser goes once a step is done: the next step, or the back office (read afresh, not the request's cached state). */
async function nextPath(sessionId: string): Promise<string> {
  const state = await loadSessionState(sessionId, { touch: false });
  return state?.pending ? STEP_PATHS[state.pending] : "/";
}

/** Required enrolment (partial session) or voluntary enrolment (fully signed in, not enrolled). */
export const confirmSecondFactorEnrolmentAction = sessionActionClient
  .metadata({ name: "confirmSecondFactorEnrolment" })
  .inputSchema(secondFactorCodeSchema)
  .action(async ({ parsedInput, ctx: { state } }) => {
    if (state.pending && state.pending !== "enrol-second-factor") throw new AppError("FORBIDDEN", "Finish the other sign-in step first.");
    if (state.secondFactorEnrolled) throw new AppError("CONFLICT", "A second factor is already set up for this account.");
    const recoveryCodes = await confirmEnrolment(state.user, parsedInput.code);
    return { recoveryCodes, next: await nextPath(state.user.sessionId) };
  });

export const verifySecondFactorAction = sessionActionClient
  .metadata({ name: "verifySecondFactor" })
  .inputSchema(secondFactorCodeSchema)
  .action(async ({ parsedInput, ctx: { state } }) => {
    if (state.pending !== "verify-second-factor") throw new AppError("CONFLICT", "No second-factor code is expected for this session.");
    const result = await verifySecondFactor(state.user, parsedInput.code);
    return { ...result, next: await nextPath(state.user.sessionId) };
  });

/** Forced after someone else set the password, or chosen from the shell. */
export const changeOwnPasswordAction = sessionActionClient
  .metadata({ name: "changeOwnPassword" })
  .inputSchema(changeOwnPasswordSchema)
  .action(async ({ parsedInput, ctx: { state } }) => {
    if (state.pending && state.pending !== "change-password") throw new AppError("FORBIDDEN", "Finish the second-factor step first.");
    const result = await changeOwnPassword(state.user, parsedInput);
    return { ...result, next: await nextPath(state.user.sessionId) };
  });

/** A person's own locale and time zone: any fully signed-in user, for themselves only. */
export const updateFormatPrefsAction = sessionActionClient
  .metadata({ name: "updateFormatPrefs" })
  .inputSchema(formatPrefsSchema)
  .action(async ({ parsedInput, ctx: { state } }) => {
    if (state.pending) throw new AppError("FORBIDDEN", "Finish signing in first, then try again.");
    return updateFormatPrefs(state.user, parsedInput);
  });
