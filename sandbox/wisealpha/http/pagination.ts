import type { FastifyRequest } from "fastify";

/**
 * DRF LimitOffsetPagination, as the seed shows: `?offset=5&limit=5`, default limit 100,
 * and absolute next/previous URLs where the first page's link drops `offset`.
 */
export const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

function pageUrl(request: FastifyRequest, limit: number, offset: number | null): string {
  const url = new URL(request.url, `${request.protocol}://${request.headers.host ?? "localhost"}`);
  url.searchParams.set("limit", String(limit));
  if (offset === null) url.searchParams.delete("offset");
  else url.searchParams.set("offset", String(offset));
  return url.toString();
}

export function paginate<T, R>(request: FastifyRequest, items: T[], map: (item: T) => R) {
  const q = request.query as Record<string, string | undefined>;
  const limitRaw = Number.parseInt(q.limit ?? "", 10);
  const offsetRaw = Number.parseInt(q.offset ?? "", 10);
  const limit = Number.isFinite(limitRaw) && limitRaw > 0 ? Math.min(limitRaw, MAX_LIMIT) : DEFAULT_LIMIT;
  const offset = Number.isFinite(offsetRaw) && offsetRaw > 0 ? offsetRaw : 0;
  const count = items.length;
  return {
    count,
    next: offset + limit < count ? pageUrl(request, limit, offset + limit) : null,
    previous: offset <= 0 ? null : pageUrl(request, limit, offset - limit > 0 ? offset - limit : null),
    results: items.slice(offset, offset + limit).map(map),
  };
}
