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

/**
 * Not for the event intake routes (`/api/webhooks/*`, `/api/intake/*`): machines post
 * thousands of deliveries a second there, and a proxy pass plus an access-log line per
 * delivery cost more CPU than storing it. receive-delivery.ts gives those requests
 * their id and logs what matters (rejections, failures) itself.
 */
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/webhooks/|api/intake/).*)"] };
