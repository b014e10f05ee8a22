/** The first value of each listed query parameter: a page's filters as they live in its URL (and go into its links). */
export function readParams(raw: Record<string, string | string[] | undefined>, keys: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of keys) {
    const value = raw[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first) params[key] = first;
  }
  return params;
}
