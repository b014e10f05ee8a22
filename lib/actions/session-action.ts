import "server-only";

import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";

import { getSessionState } from "@/lib/auth/session";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { getRequestLogger } from "@/lib/request-context";

/**
 * The client for the few actions a *partial* session may call: finishing sign-in
 * (second-factor enrolment or code, forced password change). Every other action uses
 * `actionClient` (safe-action.ts), whose `authorize` refuses partial sessions. Each
 * action here still checks that the session is at the step it serves.
 */
export const sessionActionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string().min(1) }),
  async handleServerError(error, { metadata }) {
    if (error instanceof AppError) return error.message;
    (await getRequestLogger()).error({ err: error, action: metadata?.name }, "server action failed");
    return GENERIC_ERROR_MESSAGE;
  },
}).use(async ({ next }) => {
  const state = await getSessionState();
  if (!state) throw new AppError("UNAUTHENTICATED", "Your session has ended. Please sign in again.");
  return next({ ctx: { state } });
});
