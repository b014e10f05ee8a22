import type { EventStatus, EventTransport, Provider } from "@/generated/prisma/enums";

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

export function toEventRowView(row: RowSource): EventRowView {
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
    lastError: row.lastError,
  };
}

/** UTC, to the second, as the audit trail shows it. */
export function formatUtc(iso: string, withMillis = false): string {
  return iso.replace("T", " ").slice(0, withMillis ? 23 : 19);
}
