import { randomUUID } from "node:crypto";

import type { FastifyReply } from "fastify";

/** One pydantic-style error entry, as InvestSuite's documented 400 body lists them. */
export type ErrorDetail = { loc: (string | number)[]; msg: string; type?: string; ctx?: Record<string, unknown> };

/** Thrown from handlers; the plugin's error handler turns it into the documented body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.title ?? status));
  }
}

// 400 as documented: {"title":"Bad request","detail":[...],"status":400,"body":{...}}
export function badRequest(detail: ErrorDetail[], body?: unknown): ApiError {
  return new ApiError(400, { title: "Bad request", detail, status: 400, ...(body === undefined ? {} : { body }) });
}

// The older docs' write-once refusal, kept verbatim in shape (title + detail, status 422).
export function writeOnce(path: string[]): ApiError {
  const field = path[path.length - 1] ?? "";
  return new ApiError(422, {
    title: "Bad request",
    detail: [{ loc: ["body", "entity", ...path], msg: `${field} may not be updated because it is marked with allow_mutation=False` }],
  });
}

/** 409 is InvestSuite's "Business Logic Error"; its body is undocumented, so it follows the 400 shape. */
export function conflict(loc: string[], msg: string, body?: unknown): ApiError {
  return new ApiError(409, {
    title: "Business logic error",
    detail: [{ loc, msg, type: "value_error.conflict" }],
    status: 409,
    ...(body === undefined ? {} : { body }),
  });
}

export function notFound(id: string): ApiError {
  return new ApiError(404, { title: "Not found", detail: `Entity '${id}' not found`, status: 404 });
}

export function unprocessable(msg: string, loc: string[] = ["header", "Idempotency-Key"]): ApiError {
  return new ApiError(422, { title: "Unprocessable entity", detail: [{ loc, msg, type: "value_error.idempotency" }], status: 422 });
}

// 401 as documented in errors.md; used for missing, malformed and expired tokens alike.
export function sendUnauthorized(reply: FastifyReply) {
  return reply.code(401).send({
    title: "Unauthorized",
    description: "JWT invalid",
    request_id: randomUUID(),
    timestamp: new Date().toISOString().replace("Z", "+00:00"),
  });
}
