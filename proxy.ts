import { NextResponse, type NextRequest } from "next/server";

import { logger } from "@/lib/logger";

/**
 * Gives every request an id (kept if a trusted load balancer set one) that logs
 * and audit entries carry. This is not an authorization layer: every page, action
 * and route checks permissions itself.
 */
export function proxy(request: NextRequest) {
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  logger.info({ requestId, method: request.method, path: request.nextUrl.pathname }, "request");
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
