/**
 * The `keys` of `input`, each null where it is absent: a row's optional columns (or a view's
 * optional fields) written as explicit nulls, listed once instead of `x: input.x ?? null` a line.
 */
export function withNulls<T extends object, K extends keyof T>(input: T, keys: readonly K[]): { [P in K]-?: NonNullable<T[P]> | null } {
  return Object.fromEntries(keys.map((key) => [key, input[key] ?? null])) as { [P in K]-?: NonNullable<T[P]> | null };
}
