import "server-only";

import { headers } from "next/headers";

import { clientIp as clientIpFrom } from "@/lib/client-ip";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { MAX_USER_AGENT, REQUEST_ID_PATTERN } from "@/lib/security-headers";

export type RequestContext = { requestId: string | null; ip: string | null; userAgent: string | null };

const EMPTY: RequestContext = { requestId: null, ip: null, userAgent: null };

/**
 * The request id (set by proxy.ts on every request) and the caller's IP. Outside a
 * request (jobs, scripts) there are none, and that is not an error.
 */
export async function getRequestContext(): Promise<RequestContext> {
  try {
    const h = await headers();
    return {
      // proxy.ts already replaced a malformed id and capped the user-agent; checked again here
      // because these values are stored (audit, sessions) and a request may not pass the proxy.
      requestId: acceptedRequestId(h.get("x-request-id")),
      ip: clientIp(h),
      userAgent: h.get("user-agent")?.slice(0, MAX_USER_AGENT) ?? null,
    };
  } catch {
    return EMPTY;
  }
}

function acceptedRequestId(value: string | null): string | null {
  return value !== null && REQUEST_ID_PATTERN.test(value) ? value : null;
}

export async function getRequestLogger() {
  const { requestId } = await getRequestContext();
  return logger.child({ requestId });
}

/** The caller's IP behind `TRUSTED_PROXY_HOPS` proxies (see lib/client-ip.ts); never used for authorization. */
export function clientIp(h: { get(name: string): string | null }): string | null {
  return clientIpFrom(h, getEnv().TRUSTED_PROXY_HOPS);
}
