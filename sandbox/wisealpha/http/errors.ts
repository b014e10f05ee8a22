import type { FastifyReply } from "fastify";

/**
 * Error bodies follow Django REST Framework, which the real API is built on: `detail`
 * for request-level errors, field-keyed lists for validation (seed: Errors,
 * `{"email": ["Customer with this Email already exists."]}`).
 */
export const DETAIL = {
  noCredentials: "Authentication credentials were not provided.",
  badHeader: "Invalid token header. No credentials provided.",
  invalidToken: "Invalid token.",
  forbidden: "You do not have permission to perform this action.",
  notFound: "Not found.",
  notImplemented: "This endpoint is not yet available in the WiseAlpha sandbox.",
} as const;

export const notFound = (reply: FastifyReply) => reply.code(404).send({ detail: DETAIL.notFound });
export const forbidden = (reply: FastifyReply, detail: string = DETAIL.forbidden) => reply.code(403).send({ detail });
export const badRequest = (reply: FastifyReply, body: Record<string, unknown>) => reply.code(400).send(body);
export const required = (field: string) => ({ [field]: ["This field is required."] });
