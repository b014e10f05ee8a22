import type { FastifyRequest } from "fastify";

import { ApiError, badRequest } from "./http-errors";

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

/**
 * Cashlink list envelope `{count, next, previous, results}` (DRF page-number
 * pagination; `page` / `page_size` query parameters). Callers pass items already
 * sorted oldest first, as the docs promise.
 */
export function paginate<T>(request: FastifyRequest, items: T[]) {
  const query = request.query as Record<string, string | undefined>;
  const page = Number(query.page ?? 1);
  const size = Math.min(Number(query.page_size ?? DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
  if (!Number.isInteger(page) || page < 1) throw badRequest("page", "A valid integer is required.");
  if (!Number.isInteger(size) || size < 1) throw badRequest("page_size", "A valid integer is required.");
  const pages = Math.max(1, Math.ceil(items.length / size));
  if (page > pages) throw new ApiError(404, { detail: "Invalid page." });
  const link = (n: number) => {
    const url = new URL(request.url, `${request.protocol}://${request.host}`);
    url.searchParams.set("page", String(n));
    return url.toString();
  };
  return {
    count: items.length,
    next: page < pages ? link(page + 1) : null,
    previous: page > 1 ? link(page - 1) : null,
    results: items.slice((page - 1) * size, page * size),
  };
}

export function oldestFirst<T extends { created_at: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.created_at.localeCompare(b.created_at));
}

/**
 * A list route's answer: the items whose `filters` equal the query's values of the same name
 * (each filter optional), oldest first, one page of them serialized.
 */
export function listPage<T extends { created_at: string }>(
  request: FastifyRequest,
  items: T[],
  filters: (keyof T & string)[],
  serialize: (item: T) => unknown,
) {
  const query = request.query as Record<string, string | undefined>;
  const matching = items.filter((item) => filters.every((key) => !query[key] || item[key] === query[key]));
  const page = paginate(request, oldestFirst(matching));
  return { ...page, results: page.results.map(serialize) };
}
