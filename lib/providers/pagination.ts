export type Page<TItem, TCursor> = {
  items: readonly TItem[];
  /** Cursor of the following page; null or undefined when this was the last one. */
  next: TCursor | null | undefined;
};

export type PaginateOptions = {
  /** Guard against a provider that keeps returning a `next` (a bug there must not become an endless loop here). */
  maxPages?: number;
};

/**
 * Walks a paginated provider list item by item, fetching the next page only when the
 * caller asks for more, so `for await … break` stops the HTTP calls too.
 * Works for offset, page-number and cursor pagination: `fetchPage` maps the cursor to a request.
 */
export async function* paginate<TItem, TCursor>(
  first: TCursor,
  fetchPage: (cursor: TCursor) => Promise<Page<TItem, TCursor>>,
  { maxPages = 10_000 }: PaginateOptions = {},
): AsyncGenerator<TItem, void, undefined> {
  let cursor: TCursor | null | undefined = first;
  for (let pages = 0; cursor !== null && cursor !== undefined; pages++) {
    if (pages >= maxPages) throw new Error(`paginate: stopped after ${maxPages} pages; the provider keeps returning a next page`);
    const page: Page<TItem, TCursor> = await fetchPage(cursor);
    yield* page.items;
    cursor = page.next;
  }
}

/** Drains an async iterable into an array (Array.fromAsync needs Node 22). */
export async function collect<T>(items: AsyncIterable<T>, limit = Number.POSITIVE_INFINITY): Promise<T[]> {
  const result: T[] = [];
  if (limit <= 0) return result;
  for await (const item of items) {
    // Stop as soon as we have enough, so the iterator is not asked for (and does not fetch) one more page.
    if (result.push(item) >= limit) break;
  }
  return result;
}
