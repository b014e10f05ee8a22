/** What every transport hands to `ingestEvents`, after its own checks. */
export type StoredEventInput = {
  providerEventId: string;
  type: string;
  providerCreatedAt: Date | null;
  refs: {
    portfolioRef?: string | null;
    userRef?: string | null;
    customerRef?: string | null;
    accountRef?: string | null;
    orderRef?: string | null;
    investmentRef?: string | null;
  };
  /**
   * The payload exactly as received (JSON text). PostgreSQL parses it into JSONB,
   * whose numbers are exact `numeric`: an amount like 1234.567890123456789 or the
   * 1e100 full-withdrawal marker is never rounded through a JS float.
   */
  rawPayload: string;
};

/** Result of parsing one raw delivery: an event to store, or why it cannot be. */
export type ParsedDelivery = { ok: true; event: StoredEventInput } | { ok: false; reason: string };

/** Provider timestamps are sometimes placeholders (InvestSuite's docs use year -1000000000). */
export function parseProviderTime(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1970 ? null : date;
}

export function stringOrNull(value: unknown): string | null {
  return typeof value === "string" && value.length > 0 ? value : typeof value === "number" ? String(value) : null;
}
