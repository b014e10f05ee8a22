import { randomUUID } from "node:crypto";

import type { Actor, RequestContext } from "@/lib/request-context";

/** The audit columns naming who acted; a null actor is the system (the worker, a sandbox event). */
export function actorOf(actor: Actor | null | undefined) {
  return { actorId: actor?.id ?? null, actorEmail: actor?.email ?? null, actorRole: actor?.role ?? null };
}

/** The audit columns a request context fills: who, which request, from where. */
export function auditFieldsOf(context: RequestContext) {
  return { ...actorOf(context.actor), requestId: context.requestId, ip: context.ip };
}

/**
 * The worker's own identity for one job: no person acts (null actor), and the request id
 * names the job so its audit entries and transitions can be traced to one run.
 */
export function workerContext(job: string): RequestContext {
  return { actor: null, role: null, requestId: `worker:${job}:${randomUUID()}`, ip: null };
}
