import { notFound } from "next/navigation";

import { isPathId } from "@/lib/url-params";

/** What a page's loader answers for a record that is not there. */
type Missing = null | undefined | { kind: "not_found" };

/**
 * The record a detail page's path names, or the 404 page: for an id that cannot name one
 * (`isId`, by default isPathId: too long, NUL, lone surrogates) and for a loader that answers
 * null or `{ kind: "not_found" }`. A provider failure (`kind: "error"`) is the page's to show.
 */
export async function loadOrNotFound<T>(
  id: string,
  load: (id: string) => Promise<T>,
  isId: (id: string) => boolean = isPathId,
): Promise<Exclude<T, Missing>> {
  if (!isId(id)) notFound();
  const found = await load(id);
  if (found === null || found === undefined || (typeof found === "object" && "kind" in found && found.kind === "not_found")) notFound();
  return found as Exclude<T, Missing>;
}
