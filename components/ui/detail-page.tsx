import type { ReactNode } from "react";

import { BackLink } from "@/components/ui/back-link";
import { ProviderErrorPage } from "@/components/ui/provider-error-panel";
import type { Permission } from "@/lib/auth/permissions";
import { requirePagePermission, type CurrentUser } from "@/lib/auth/session";
import { loadOrNotFound } from "@/lib/page-record";
import { isPathId } from "@/lib/url-params";

type Missing = null | undefined | { kind: "not_found" };
type ProviderFailure = { kind: "error"; message: string; retryable: boolean };

/**
 * The opening every detail page (`[id]/page.tsx`) shares: the role check, then the record its path
 * names or the 404 page (see loadOrNotFound).
 */
export async function openDetailPage<T>(
  params: Promise<{ id: string }>,
  permission: Permission,
  load: (id: string) => Promise<T>,
  isId: (id: string) => boolean = isPathId,
): Promise<{ user: CurrentUser; id: string; record: Exclude<T, Missing> }> {
  const user = await requirePagePermission(permission);
  const { id } = await params;
  return { user, id, record: await loadOrNotFound(id, load, isId) };
}

export type ProviderDetailPage<T> = {
  permission: Permission;
  load: (id: string) => Promise<T>;
  isId?: (id: string) => boolean;
  /** The list the record is in: the way back. */
  list: { href: string; label: string };
  /** The page's own path, to read again after a failure; default: the list's path and the id. */
  path?: (id: string) => string;
  /** For the error page that stands in for a failed read: the page's title, who failed, and what. */
  title: string;
  provider: "InvestSuite" | "WiseAlpha" | "Cashlink";
  what: string;
};

/**
 * A detail page whose record is read from a provider: `record` when the read worked, else `record`
 * is null and `failed` is the whole page to show instead (way back, title with the id, the
 * provider's words and a link that reads the page again).
 */
export async function openProviderDetailPage<T>(
  params: Promise<{ id: string }>,
  { permission, load, isId, list, path = (id) => `${list.href}/${encodeURIComponent(id)}`, ...failure }: ProviderDetailPage<T>,
): Promise<
  { user: CurrentUser; id: string; back: ReactNode } & (
    { record: Exclude<T, Missing | ProviderFailure>; failed: null } | { record: null; failed: ReactNode }
  )
> {
  const { user, id, record } = await openDetailPage(params, permission, load, isId);
  const back = <BackLink href={list.href}>{list.label}</BackLink>;
  if (isFailure(record)) {
    return {
      user,
      id,
      back,
      record: null,
      failed: <ProviderErrorPage back={back} id={id} error={record} retryHref={path(id)} {...failure} />,
    };
  }
  return { user, id, back, record: record as Exclude<T, Missing | ProviderFailure>, failed: null };
}

function isFailure(value: unknown): value is ProviderFailure {
  return typeof value === "object" && value !== null && "kind" in value && value.kind === "error";
}
