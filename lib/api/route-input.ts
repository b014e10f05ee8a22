import { AppError } from "@/lib/errors";

type Parsed<T> =
  { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };

/** A route's query string as the plain object its zod schema reads. */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

/** What a route's schema read, or a 400 (AppError INVALID) naming each field that did not parse. */
export function parsedOrInvalid<T>(parsed: Parsed<T>): T {
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  return parsed.data;
}
