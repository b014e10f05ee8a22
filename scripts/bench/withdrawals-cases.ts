/** One queue request as the page receives it: URL search params, parsed by the page's own schema. */
export type QueueCase = { name: string; params: Record<string, string> };

const STATES = ["REQUESTED", "CASH_AVAILABLE", "APPROVED", "EXECUTING", "EXECUTED", "REJECTED", "FAILED", "CANCELLED"] as const;

/** The views issue 5 names: default, each state, sort by amount and age, a deep page. */
export function queueCases(): QueueCase[] {
  return [
    { name: "default (oldest first, page 1)", params: {} },
    ...STATES.map((state) => ({ name: `state = ${state}`, params: { state } })),
    { name: "sort amount, largest first", params: { sort: "amount-desc" } },
    { name: "sort amount, smallest first", params: { sort: "amount-asc" } },
    { name: "sort age, newest first", params: { sort: "newest" } },
    { name: "deep page 150 (offset 7,450)", params: { page: "150" } },
    { name: "deep page 150, sort amount", params: { page: "150", sort: "amount-desc" } },
    { name: "WISEALPHA + GBP + EXECUTED", params: { provider: "WISEALPHA", currency: "GBP", state: "EXECUTED" } },
  ];
}
