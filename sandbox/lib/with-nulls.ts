/** The `keys` of `input`, each null where it is absent: a wire object's optional fields as explicit nulls, in the order listed. */
export function withNulls<T extends object, K extends keyof T>(input: T, keys: readonly K[]): { [P in K]-?: NonNullable<T[P]> | null } {
  return Object.fromEntries(keys.map((key) => [key, input[key] ?? null])) as { [P in K]-?: NonNullable<T[P]> | null };
}
