import "server-only";

import { cookies, headers } from "next/headers";

import type { Role } from "@/generated/prisma/enums";
import type { CurrentUser } from "@/lib/auth/session";
import { clientIp as clientIpFrom } from "@/lib/client-ip";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { MAX_USER_AGENT, REQUEST_ID_PATTERN } from "@/lib/security-headers";

/** The person acting: a signed-in user (CurrentUser fits). */
export type Actor = { id: string; email: string; role: Role };

/**
 * Who acts and from where, built once per request (web: `getRequestContext(user)`) or per
 * job (worker: `workerContext` in lib/audit/audit-context.ts, null actor = the worker itself),
 * and passed to every domain function that writes audit entries or transitions.
 */
export type RequestContext = { actor: Actor | null; role: Role | null; requestId: string | null; ip: string | null };

export type WebRequestContext = RequestContext & { userAgent: string | null };

/** A request made by a signed-in user: what server actions and routes pass to domain functions. */
export type UserContext = RequestContext & { actor: CurrentUser; role: Role };

/**
 * The request id (set by proxy.ts on every request), the caller's IP and the acting user.
 * Outside a request (scripts, tests) there are no headers, and that is not an error.
 */
export async function getRequestContext(): Promise<WebRequestContext>;
export async function getRequestContext(actor: CurrentUser): Promise<UserContext & { userAgent: string | null }>;
export async function getRequestContext(actor: Actor | null = null): Promise<WebRequestContext> {
  const base = { actor, role: actor?.role ?? null };
  try {
    const h = await headers();
    return {
      ...base,
      // proxy.ts already replaced a malformed id and capped the user-agent; checked again here
      // because these values are stored (audit, sessions) and a request may not pass the proxy.
      requestId: acceptedRequestId(h.get("x-request-id")),
      ip: clientIp(h),
      userAgent: h.get("user-agent")?.slice(0, MAX_USER_AGENT) ?? null,
    };
  } catch {
    return { ...base, requestId: null, ip: null, userAgent: null };
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

/** The request's cookies by name (lib/auth/session-cookie.ts reads the session cookie from them). */
export async function requestCookies(): Promise<Record<string, string>> {
  const store = await cookies();
  return Object.fromEntries(store.getAll().map((c) => [c.name, c.value]));
}
