import "server-only";

import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";

import { isPermission } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { getRequestContext, getRequestLogger } from "@/lib/request-context";

/**
 * The one client every server action is built from. A server action is a public
 * POST endpoint, so the permission check lives here, inside the action, not in a
 * page or a hidden button. An action without a known permission is refused.
 */
export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string().min(1), permission: z.string() }),
  async handleServerError(error, { metadata }) {
    if (error instanceof AppError) return error.message;
    (await getRequestLogger()).error({ err: error, action: metadata?.name }, "server action failed");
    return GENERIC_ERROR_MESSAGE;
  },
}).use(async ({ next, metadata }) => {
  if (!isPermission(metadata.permission)) {
    throw new AppError("FORBIDDEN", `Action ${metadata.name} names no known permission and is refused.`);
  }
  const user = await authorize(metadata.permission, `action:${metadata.name}`);
  // Built once here and passed to every domain function that audits or transitions.
  const request = await getRequestContext(user);
  return next({ ctx: { user, request } });
});
