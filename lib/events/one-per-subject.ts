/**
 * Splits `items` into consecutive sets in which each subject (a portfolio, a case, an order row)
 * appears at most once, keeping each subject's items in their given order: the k-th item of a
 * subject goes to set k. A set-based handler applies set after set, so two events about one row
 * are never applied by one statement (which could not order them, and which PostgreSQL refuses
 * for ON CONFLICT DO UPDATE). The batch already hands over one event per entity; this guards
 * subjects the entity key does not name (an account event's customer when it also names an account).
 */
export function onePerSubject<T>(items: readonly T[], subjectOf: (item: T) => string | null): T[][] {
  const sets: T[][] = [];
  const seen = new Map<string, number>();
  for (const item of items) {
    const subject = subjectOf(item);
    const k = subject === null ? 0 : (seen.get(subject) ?? 0);
    if (subject !== null) seen.set(subject, k + 1);
    (sets[k] ??= []).push(item);
  }
  return sets;
}
