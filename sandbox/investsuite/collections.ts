import type { FastifyRequest } from "fastify";
import { z } from "zod";

import { badRequest } from "./errors";
import { compileQuery, type CompiledQuery } from "./query-adapter";
import { parseOrThrow } from "./validation";

/** What a collection endpoint needs to know about one entity type. */
export type CollectionSpec<T> = {
  items(): Iterable<T>;
  toWire(item: T): unknown;
  isKnownField(field: string): boolean;
  /** Fields whose value is an entity id (or a list of them) and may be named in `embed`. */
  embeddable: readonly string[];
  /** Looks an id up in any entity type, for `_embedded`. */
  resolve(id: string): unknown;
  /**
   * The record `query=` is evaluated on, given the fields the query reads: the entity as a
   * client sees it on the wire (money as numbers, not the stored decimal text). Returns null
   * when the stored entity reads the same for those fields; omitted: always the stored entity.
   */
  queryView?(fields: readonly string[]): ((item: T) => unknown) | null;
};

// Seed 001: limit defaults to 20, max 100; offset skips records. Both may arrive as strings.
const paramsSchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  embed: z.string().optional(),
  query: z.string().optional(),
});

/**
 * Builds the collection envelope of seed 001: `next` (absolute URL or null), `count` (all
 * matches), `offset`, `results`, and the root `_embedded` map of EntityID → entity.
 * Soft-deleted entities are left out unless the query itself mentions `deleted`.
 */
export function listCollection<T extends { deleted: boolean }>(request: FastifyRequest, spec: CollectionSpec<T>) {
  const params = parseOrThrow(paramsSchema, request.query ?? {}, ["query"], undefined);
  const embed = (params.embed ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const unknownEmbed = embed.filter((f) => !spec.embeddable.includes(f));
  if (unknownEmbed.length > 0) {
    throw badRequest(
      unknownEmbed.map((f) => ({ loc: ["query", "embed"], msg: `field '${f}' cannot be embedded`, type: "value_error.embed" })),
    );
  }

  const compiled = params.query?.trim() ? compileQuery(params.query, spec.isKnownField) : null;
  const includeDeleted = compiled?.fields.some((f) => f === "deleted") ?? false;
  // The filter and orderby see what a client sees on the wire: stored money is decimal text,
  // but the API returns it as JSON numbers, and the query language treats the two differently
  // (`eq '600.50'`, wildcards). `queryView` supplies that typed form, float-free.
  const matched = compiled ? filterAndSort(spec, compiled, includeDeleted) : [...spec.items()].filter((item) => !item.deleted);

  const page = matched.slice(params.offset, params.offset + params.limit);
  const results = page.map((item) => ({ ...(spec.toWire(item) as object), _embedded: {} }));
  const _embedded: Record<string, unknown> = {};
  for (const item of page) {
    for (const field of embed) {
      const value = (item as Record<string, unknown>)[field];
      for (const id of Array.isArray(value) ? value : [value]) {
        if (typeof id !== "string" || id in _embedded) continue;
        const entity = spec.resolve(id);
        if (entity) _embedded[id] = { ...(entity as object), _embedded: {} };
      }
    }
  }

  const nextOffset = params.offset + params.limit;
  return {
    next: nextOffset < matched.length ? nextUrl(request, params.limit, nextOffset) : null,
    count: matched.length,
    offset: params.offset,
    results,
    _embedded,
  };
}

/** The entities the query matches, in its `orderby` order (else creation order). */
function filterAndSort<T extends { deleted: boolean }>(spec: CollectionSpec<T>, compiled: CompiledQuery, includeDeleted: boolean): T[] {
  const view = spec.queryView?.(compiled.fields) ?? ((item: T) => item);
  const hits: { item: T; record: unknown }[] = [];
  for (const item of spec.items()) {
    if (item.deleted && !includeDeleted) continue;
    const record = view(item);
    if (compiled.matches(record)) hits.push({ item, record });
  }
  const compare = compiled.compare;
  if (compare) hits.sort((a, b) => compare(a.record, b.record));
  return hits.map((hit) => hit.item);
}

/** Same URL with every other parameter kept, so following `next` keeps the query and embed. */
function nextUrl(request: FastifyRequest, limit: number, offset: number): string {
  const url = new URL(request.url, `${request.protocol}://${request.host}`);
  url.searchParams.set("limit", String(limit));
  url.searchParams.set("offset", String(offset));
  return url.toString();
}
