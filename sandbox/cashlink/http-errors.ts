import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";

/**
 * Cashlink runs Django REST Framework (trailing-slash paths, `count/next/previous/results`
 * pagination), and its error body format is not published, so errors use DRF's
 * shapes: `{"detail": "..."}` for request-level errors and `{"field": ["..."]}` for
 * validation errors.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(typeof body.detail === "string" ? body.detail : JSON.stringify(body));
  }
}

export const notFound = () => new ApiError(404, { detail: "Not found." });

/** The row a route's `:id` names, or Cashlink's 404. */
export function foundById<T>(params: unknown, byId: (id: string) => T | undefined): T {
  const row = byId((params as { id: string }).id);
  if (!row) throw notFound();
  return row;
}

export const badRequest = (field: string, ...messages: string[]) => new ApiError(400, { [field]: messages });

/** Parses a body with zod and turns issues into DRF field errors. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "non_field_errors";
    const message = issue.message.includes("received undefined") ? "This field is required." : issue.message;
    (errors[field] ??= []).push(message);
  }
  throw new ApiError(400, errors);
}

/** Error and 404 handlers for the Cashlink plugin's encapsulated context. */
export function installErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) return reply.code(error.status).send(error.body);
    if (error.statusCode === 415)
      return reply.code(415).send({ detail: `Unsupported media type "${request.headers["content-type"] ?? ""}" in request.` });
    if (error.statusCode && error.statusCode < 500)
      return reply.code(error.statusCode).send({
        detail: `${error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error.name === "SyntaxError" ? "JSON parse error - " : ""}${error.message}`,
      });
    request.log.error({ err: error }, "cashlink sandbox error");
    return reply.code(500).send({ detail: "A server error occurred." });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ detail: "Not found." }));
}

/**
 * preValidation hook for the JSON API routes: Fastify would hand a text/plain
 * body to the handler as a string; DRF answers 415 for anything but JSON there.
 */
export async function requireJsonBody(request: FastifyRequest, reply: FastifyReply) {
  const type = request.headers["content-type"];
  if (request.method === "GET" || !type || request.routeOptions.url?.endsWith("/oauth/token")) return;
  if (!/^application\/json\b/i.test(type)) return reply.code(415).send({ detail: `Unsupported media type "${type}" in request.` });
}
