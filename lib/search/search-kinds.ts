import type { Permission } from "@/lib/auth/permissions";

/**
 * What global search finds, in the order its groups are shown, and who may see each kind.
 * A new kind (e.g. "customer", our party record from #14) is one entry here plus the code
 * that writes its SearchTerm rows (save-search-entries.ts) or a direct lookup (global-search.ts).
 */
export const SEARCH_KINDS = {
  // "customer": { label: "Customers", permission: "customers.read" },  ← #14 adds our Customer record here.
  portfolio: { label: "Portfolios", permission: "portfolios.read" },
  "investsuite-user": { label: "InvestSuite users", permission: "portfolios.read" },
  "wisealpha-customer": { label: "WiseAlpha customers", permission: "onboarding.read" },
  "cashlink-investor": { label: "Cashlink investors", permission: "onboarding.read" },
  "cashlink-invitation": { label: "Cashlink invitations", permission: "onboarding.read" },
  order: { label: "Orders", permission: "orders.read" },
  withdrawal: { label: "Withdrawals", permission: "withdrawals.read" },
  event: { label: "Events", permission: "events.read" },
  product: { label: "Products", permission: "orders.read" },
} as const satisfies Record<string, { label: string; permission: Permission }>;

export type SearchKind = keyof typeof SEARCH_KINDS;

export const PROVIDER_WORDS = { INVESTSUITE: "InvestSuite", WISEALPHA: "WiseAlpha", CASHLINK: "Cashlink" } as const;
export type ProviderName = keyof typeof PROVIDER_WORDS;

export type SearchHit = {
  kind: SearchKind;
  ref: string;
  provider: ProviderName | null;
  label: string;
  detail: string | null;
  href: string;
};

/** Search keys are lowercased and trimmed; a name gives its whole text and each word. */
export function termsOf(...values: (string | null | undefined)[]): string[] {
  const terms = new Set<string>();
  for (const value of values) {
    const v = value?.trim().toLowerCase();
    if (!v) continue;
    terms.add(v.slice(0, 200));
    for (const word of v.split(/\s+/)) if (word.length > 1) terms.add(word.slice(0, 200));
  }
  return [...terms];
}
