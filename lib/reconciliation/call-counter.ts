import type { FetchLike } from "@/lib/providers/http";

/**
 * Counts a check's HTTP calls per endpoint (ids folded into ":id"), so a run shows which
 * calls it made and the bench can hold each check to one call per object it checks.
 */
export function createCallCounter(inner: FetchLike = (url, init) => fetch(url, init)) {
  const calls: Record<string, number> = {};
  let total = 0;
  const counting: FetchLike = async (url, init) => {
    const key = `${init.method ?? "GET"} ${endpointOf(url)}`;
    calls[key] = (calls[key] ?? 0) + 1;
    total += 1;
    return inner(url, init);
  };
  return {
    fetch: counting,
    calls: () => ({ ...calls }),
    total: () => total,
  };
}

/** "/wisealpha/v1/customers/10000001/investment_accounts/INVACC1/" → "/wisealpha/v1/customers/:id/investment_accounts/:id/". */
export function endpointOf(url: string): string {
  const { pathname } = new URL(url);
  return pathname
    .split("/")
    .map((segment) => (/\d/.test(segment) && !/^v\d+$/.test(segment) ? ":id" : segment))
    .join("/");
}
