/**
 * The first value of each listed query parameter that is set: a page's filters as they live in its URL
 * (and go into its links). Reads raw search params and a nuqs loader's values (null when absent) alike.
 */
export function readParams<K extends string>(
  raw: Partial<Record<K, string | string[] | null>>,
  keys: readonly K[],
): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of keys) {
    const value: string | string[] | null | undefined = raw[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first) params[key] = first;
  }
  return params;
}

/**
 * Whether an id from a URL path (`/withdrawals/[id]`, `/orders/products/[productId]`, …) can
 * name a row at all: short, and free of NUL and lone surrogates, which PostgreSQL refuses
 * with an error (a 500) instead of "no such row". Pages answer notFound() otherwise.
 */
export function isPathId(value: string, max = 64): boolean {
  return value.length > 0 && value.length <= max && !value.includes("\u0000") && value.isWellFormed();
}

/**
 * A WiseAlpha customer id as the provider client accepts it (eight digits, see
 * lib/providers/wisealpha/client-customers.ts): anything else (`0`, 20 digits) would make
 * the client throw, a 500, instead of the lookup saying the id is not one.
 */
export const WISEALPHA_CUSTOMER_ID = /^\d{8}$/;

/** Values a nuqs loader read, without the empty ones: what a zod filter schema reads and what links keep. */
export function presentValues(values: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => e[1] !== null && e[1] !== ""));
}
