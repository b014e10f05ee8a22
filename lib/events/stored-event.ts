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

/**
 * Result of parsing one raw delivery: an event to store, or why it cannot be.
 * `unstorable`: well-formed, but PostgreSQL cannot hold it (storable-payload.ts); HTTP answers 422.
 */
export type ParsedDelivery = { ok: true; event: StoredEventInput } | { ok: false; reason: string; unstorable?: boolean };

/** Longest reference (portfolio, customer, … id) kept in its indexed column; real ids are under 50 characters. */
export const MAX_REF_CHARS = 200;

/**
 * The event as parsed, or why it cannot be stored: a reference column is btree-indexed,
 * and PostgreSQL refuses an index entry over ~2.7 KB, which failed the whole batch (503,
 * redelivered forever). NUL and broken characters were already refused on the raw text.
 */
export function storableEvent(event: StoredEventInput): ParsedDelivery {
  for (const [name, value] of Object.entries(event.refs)) {
    if (value && value.length > MAX_REF_CHARS) {
      return { ok: false, unstorable: true, reason: `${name} is longer than ${MAX_REF_CHARS} characters.` };
    }
  }
  return { ok: true, event };
}

/** After 2200 a provider time is an error or a probe, not a time (year 275760 failed the INSERT's timestamp cast). */
const LATEST_PROVIDER_YEAR = 2200;

/**
 * Provider timestamps are sometimes placeholders (InvestSuite's docs use year -1000000000);
 * those, and times beyond what the column can take, are kept only in the payload.
 */
export function parseProviderTime(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  return year < 1970 || year > LATEST_PROVIDER_YEAR ? null : date;
}

export function stringOrNull(value: unknown): string | null {
  return typeof value === "string" && value.length > 0 ? value : typeof value === "number" ? String(value) : null;
}
