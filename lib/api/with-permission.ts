import "server-only";

import { NextResponse } from "next/server";

import { isClientAbort } from "@/lib/api/stream-export";
import type { Permission } from "@/lib/auth/permissions";
import { authorize, type CurrentUser } from "@/lib/auth/session";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { getRequestLogger } from "@/lib/request-context";

type Handler<C> = (request: Request, context: C & { user: CurrentUser }) => Promise<Response>;

/**
 * Wraps a route handler with the same guard server actions use: the permission is
 * checked inside the handler, on every call. Errors become JSON with a user-safe
 * message; unknown ones are logged and shown generically.
 */
export function withPermission<C = unknown>(permission: Permission, handler: Handler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      const user = await authorize(permission, `route:${new URL(request.url).pathname}`);
      return await handler(request, { ...context, user });
    } catch (error) {
      // The browser went away (closed tab, cancelled download): routine, not a failure to alert on.
      if (isClientAbort(error, request.signal)) {
        (await getRequestLogger()).info({ path: new URL(request.url).pathname }, "route: the client went away");
        return new Response(null, { status: 499 });
      }
      return errorResponse(error);
    }
  };
}

export async function errorResponse(error: unknown): Promise<Response> {
  if (error instanceof AppError) {
    return NextResponse.json({ error: { code: error.code, message: error.message } }, { status: error.status });
  }
  (await getRequestLogger()).error({ err: error }, "route handler failed");
  return NextResponse.json({ error: { code: "INTERNAL", message: GENERIC_ERROR_MESSAGE } }, { status: 500 });
}
