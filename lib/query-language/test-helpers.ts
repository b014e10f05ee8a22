import { QuerySyntaxError } from "./query-syntax-error";

/** Deep copy without `span`/`fieldSpan`: tests compare meaning, not positions. */
export function stripSpans<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === "span" || key === "fieldSpan" ? undefined : v))) as T;
}

/** Runs `fn` and returns the QuerySyntaxError it throws; fails if it throws nothing or something else. */
export function catchError(fn: () => unknown): QuerySyntaxError {
  try {
    fn();
  } catch (error) {
    if (error instanceof QuerySyntaxError) return error;
    throw error;
  }
  throw new Error("expected a QuerySyntaxError, but nothing was thrown");
}
