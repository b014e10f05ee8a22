import { formatUtc as formatUtcText } from "@/lib/format/dates";
import type { EventStatus, EventTransport, Provider } from "@/generated/prisma/enums";
import { hasPermission } from "@/lib/auth/permissions";

/** The entity references an event can carry, with the word a person would use for each. */
export const REF_KINDS = [
  ["portfolioRef", "portfolio"],
  ["userRef", "user"],
  ["customerRef", "customer"],
  ["accountRef", "account"],
  ["orderRef", "order"],
  ["investmentRef", "investment"],
] as const;

type RefColumns = { [K in (typeof REF_KINDS)[number][0]]: string | null };

/** A list row as it crosses to the browser: ids as strings (BigInt has no JSON), times as ISO text. */
export type EventRowView = {
  id: string;
  receivedAt: string;
  provider: Provider;
  providerEventId: string;
  type: string;
  refs: { kind: string; value: string }[];
  status: EventStatus;
  deliveries: number;
  attempts: number;
  transport: EventTransport;
  lastError: string | null;
};

type RowSource = RefColumns & Omit<EventRowView, "id" | "receivedAt" | "refs"> & { id: bigint; receivedAt: Date };

/** What a processing failure says to those who may not see its internals. */
export const HIDDEN_ERROR_TEXT = "Processing failed. The technical details are shown to administrators.";

/**
 * A processing error as a role may see it. The raw text is a handler's or Prisma's message
 * (SQL, server paths, stack-like detail): only those who can replay events, the people who
 * act on it, see it; everyone else learns that it failed.
 */
export function visibleError(lastError: string | null, role: string | null | undefined): string | null {
  if (lastError === null) return null;
  return hasPermission(role, "events.replay") ? lastError : HIDDEN_ERROR_TEXT;
}

/** `role` decides whether the processing error is shown in full (see visibleError). */
export function toEventRowView(row: RowSource, role: string | null | undefined): EventRowView {
  return {
    id: row.id.toString(),
    receivedAt: row.receivedAt.toISOString(),
    provider: row.provider,
    providerEventId: row.providerEventId,
    type: row.type,
    refs: REF_KINDS.flatMap(([column, kind]) => (row[column] ? [{ kind, value: row[column] }] : [])),
    status: row.status,
    deliveries: row.deliveries,
    attempts: row.attempts,
    transport: row.transport,
    lastError: visibleError(row.lastError, role),
  };
}

/**
 * UTC, to the second (or millisecond, where event order matters), without the zone suffix: the
 * caller says "UTC". Screens show the person's zone through <DateTime>; this stays for UTC columns.
 */
export function formatUtc(iso: string, withMillis = false): string {
  const text = formatUtcText(iso)?.replace(/ UTC$/, "") ?? iso;
  if (!withMillis) return text;
  const ms = new Date(iso).getUTCMilliseconds();
  return Number.isNaN(ms) ? text : `${text}.${String(ms).padStart(3, "0")}`;
}
