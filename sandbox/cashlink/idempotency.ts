import { createHash } from "node:crypto";

import type { FastifyReply, FastifyRequest } from "fastify";

import { clientOf } from "./auth";
import { ApiError } from "./http-errors";
import type { Store } from "./store";

export type Outcome = { status: number; body: unknown };

/** How long a key is remembered. Cashlink gives no figure; 24 h is the common industry value. */
const KEY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * `X-Idempotency-Key` handling. Cashlink: "repeated calls with the same key return
 * the cached response of the first call". Keys are per OAuth client. Beyond that:
 *   - Only 2xx outcomes are stored, so a request refused because data was missing
 *     can be retried with the same key once the data is there.
 *   - The same key with a different method, path or body is refused with 422, as
 *     the IETF Idempotency-Key draft (draft-ietf-httpapi-idempotency-key-header)
 *     specifies; Cashlink's docs name no code for this case.
 * `run` must not await between reading and writing state, so two concurrent
 * requests with one key cannot both take effect.
 */
export function runIdempotent(store: Store, request: FastifyRequest, reply: FastifyReply, run: () => Outcome) {
  const key = request.headers["x-idempotency-key"];
  if (typeof key !== "string" || key === "") return send(reply, run());

  const slot = `${clientOf(request)}:${key}`;
  const fingerprint = fingerprintOf(request);
  const cached = store.state.idempotency[slot];
  if (cached && Date.now() - Date.parse(cached.created_at) < KEY_TTL_MS) {
    if (cached.fingerprint !== fingerprint) {
      throw new ApiError(422, {
        detail: `The X-Idempotency-Key "${key}" was already used for a different request. Use a new key for a new request.`,
      });
    }
    void reply.header("idempotent-replayed", "true");
    return send(reply, { status: cached.status, body: cached.body });
  }

  const outcome = run();
  if (outcome.status >= 200 && outcome.status < 300) {
    pruneExpired(store);
    store.state.idempotency[slot] = { fingerprint, status: outcome.status, body: outcome.body, created_at: new Date().toISOString() };
    store.changed();
  }
  return send(reply, outcome);
}

function send(reply: FastifyReply, outcome: Outcome) {
  return reply.code(outcome.status).send(outcome.body);
}

function fingerprintOf(request: FastifyRequest): string {
  const path = request.url.split("?")[0];
  return createHash("sha256")
    .update(`${request.method} ${path} ${canonicalJson(request.body ?? null)}`)
    .digest("hex");
}

/** Key order must not matter: `{a,b}` and `{b,a}` are the same request. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function pruneExpired(store: Store) {
  const cutoff = Date.now() - KEY_TTL_MS;
  for (const [slot, entry] of Object.entries(store.state.idempotency)) {
    if (Date.parse(entry.created_at) < cutoff) delete store.state.idempotency[slot];
  }
}
