import type { FastifyInstance, RouteHandlerMethod } from "fastify";

type Method = "GET" | "POST" | "PATCH" | "DELETE" | "PUT";

/**
 * Registers `path` with and without its trailing slash: the docs use `/portfolios/` but
 * also `GET /portfolios/P01...` without one, and clients copy both.
 */
export function route(app: FastifyInstance, method: Method, path: string, handler: RouteHandlerMethod) {
  const bare = path.endsWith("/") ? path.slice(0, -1) : path;
  for (const url of new Set([bare, `${bare}/`])) app.route({ method, url, handler });
}
