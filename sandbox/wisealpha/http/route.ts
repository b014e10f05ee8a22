import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

type Handler = (request: FastifyRequest, reply: FastifyReply) => unknown;
type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * The seed writes paths with a trailing slash but its own examples sometimes drop it
 * (".../investment-accounts/$INVESTMENT_ACCOUNT_ID"). Fastify's ignoreTrailingSlash is
 * a root-level option we do not own, so each route is registered both ways.
 */
const registered = new WeakMap<FastifyInstance, Map<string, Set<Method>>>();

export function routes(app: FastifyInstance) {
  const add = (method: Method) => (path: string, handler: Handler) => {
    const withSlash = path.endsWith("/") ? path : `${path}/`;
    app.route({ method, url: withSlash, handler });
    app.route({ method, url: withSlash.slice(0, -1), handler });
    if (!registered.has(app)) registered.set(app, new Map());
    const methods = registered.get(app)!;
    methods.set(withSlash, (methods.get(withSlash) ?? new Set()).add(method));
  };
  return { get: add("GET"), post: add("POST"), put: add("PUT"), patch: add("PATCH"), delete: add("DELETE") };
}

export type Params = Record<string, string>;
export const params = (request: FastifyRequest) => request.params as Params;
export const query = (request: FastifyRequest) => request.query as Record<string, string | undefined>;

/** Request bodies as a plain object: JSON, form fields, or {} for anything else. */
export function body(request: FastifyRequest): Record<string, unknown> {
  const b = request.body;
  return b && typeof b === "object" && !Array.isArray(b) && !Buffer.isBuffer(b) ? (b as Record<string, unknown>) : {};
}

/**
 * Seed: "405 Method Not Allowed -- You tried to access an endpoint with a method that it
 * does not accept". Call once after all routes: every known path answers the other
 * methods with DRF's 405 body instead of a 404.
 */
export function registerMethodNotAllowed(app: FastifyInstance) {
  const all: Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];
  for (const [path, methods] of registered.get(app) ?? []) {
    const others = all.filter((m) => !methods.has(m));
    if (others.length === 0) continue;
    const handler: Handler = (request, reply) =>
      reply
        .code(405)
        .header("allow", [...methods].join(", "))
        .send({ detail: `Method "${request.method}" not allowed.` });
    app.route({ method: others, url: path, handler });
    app.route({ method: others, url: path.slice(0, -1), handler });
  }
}
