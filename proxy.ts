import { NextResponse, type NextRequest } from "next/server";

import { logger } from "@/lib/logger";
import {
  acceptRequestId,
  contentSecurityPolicy,
  createNonce,
  HSTS,
  MAX_USER_AGENT,
  servedOverHttps,
  trustedProxyHops,
} from "@/lib/security-headers";

/**
 * Gives every request an id (kept if a trusted load balancer set a well-formed one) that
 * logs and audit entries carry, and the per-request security headers (CSP nonce, HSTS).
 * This is not an authorization layer: every page, action and route checks permissions itself.
 */
export function proxy(request: NextRequest) {
  const requestId = acceptRequestId(request.headers.get("x-request-id"));
  const nonce = createNonce();
  const https = servedOverHttps(request.headers, request.nextUrl, trustedProxyHops());
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });

  // A path with broken percent-encoding (`/events/%ED%A0%80`) makes Next.js fail to decode its
  // params with a 500 before any page code runs: answer 400 here instead.
  if (!decodablePath(request.nextUrl.pathname)) {
    const refused = new NextResponse("This address is not valid.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
    refused.headers.set("x-request-id", requestId);
    refused.headers.set("content-security-policy", csp);
    logger.info({ requestId, method: request.method, status: 400 }, "request with a malformed path");
    return refused;
  }

  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  // Next.js takes the nonce for its own scripts from the request's policy header.
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);
  // Sessions store the user-agent: pass on a bounded one rather than whatever was sent.
  const userAgent = request.headers.get("user-agent");
  if (userAgent && userAgent.length > MAX_USER_AGENT) headers.set("user-agent", userAgent.slice(0, MAX_USER_AGENT));

  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  response.headers.set("content-security-policy", csp);
  if (https) response.headers.set("strict-transport-security", HSTS);
  logger.info({ requestId, method: request.method, path: request.nextUrl.pathname }, "request");
  return response;
}

function decodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Not for the event intake routes (`/api/webhooks/*`, `/api/intake/*`): machines post
 * thousands of deliveries a second there, and a proxy pass plus an access-log line per
 * delivery cost more CPU than storing it. receive-delivery.ts gives those requests
 * their id and logs what matters (rejections, failures) itself. They and the static files
 * still get the fixed security headers from next.config.js.
 */
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/webhooks/|api/intake/).*)"] };
