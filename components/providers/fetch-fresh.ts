/** One of our JSON endpoints, read fresh for a query (no HTTP cache); a non-2xx answer throws, so the query retries. */
export async function fetchFresh<T>(url: string, what: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, cache: "no-store" });
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
