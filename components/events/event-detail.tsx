import Link from "next/link";
import type { ReactNode } from "react";

import type { EventStatus, EventTransport, Provider, SignatureResult } from "@/generated/prisma/enums";
import { formatUtc, REF_KINDS } from "@/lib/events/event-row";
import { prettyJson } from "@/lib/events/pretty-json";

import { EventStatusBadge } from "./event-status-badge";

export type EventDetailView = {
  id: string;
  provider: Provider;
  providerEventId: string;
  type: string;
  transport: EventTransport;
  signature: SignatureResult;
  status: EventStatus;
  providerCreatedAt: string | null;
  receivedAt: string;
  lastDeliveredAt: string;
  deliveries: number;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  processedAt: string | null;
  payloadText: string | null;
  payloadPurgedAt: string | null;
  refs: Partial<Record<(typeof REF_KINDS)[number][0], string | null>>;
};

const SIGNATURE_TEXT: Record<SignatureResult, string> = {
  VALID: "Valid: the signature matched the body as received",
  NOT_SIGNED: "Not signed: this transport carries no signature (trusted by its connection)",
};

const time = (iso: string | null) => (iso ? `${formatUtc(iso, true)} UTC` : "—");

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-2 border-b border-slate-100 py-1.5 last:border-0">
      <dt className="text-xs font-medium text-slate-600">{label}</dt>
      <dd className="col-span-2 text-sm break-all">{children}</dd>
    </div>
  );
}

export function EventDetail({ event }: { event: EventDetailView }) {
  const refs = REF_KINDS.flatMap(([column, kind]) => (event.refs[column] ? [{ kind, value: event.refs[column] }] : []));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-label="Metadata" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 text-sm font-semibold">Metadata</h2>
        <dl>
          <Row label="Event id">{event.id}</Row>
          <Row label="Provider">{event.provider}</Row>
          <Row label="Provider event id">
            <span className="font-mono text-xs">{event.providerEventId}</span>
          </Row>
          <Row label="Type">
            <span className="font-mono text-xs">{event.type}</span>
          </Row>
          <Row label="Transport">{event.transport}</Row>
          <Row label="Signature">{SIGNATURE_TEXT[event.signature]}</Row>
          <Row label="Created by provider">{time(event.providerCreatedAt)}</Row>
          <Row label="Received">{time(event.receivedAt)}</Row>
          <Row label="Deliveries">
            {event.deliveries}
            {event.deliveries > 1 && (
              <span className="ml-2 text-xs text-slate-500">(last {time(event.lastDeliveredAt)}; repeats were not stored again)</span>
            )}
          </Row>
        </dl>
      </section>
      <section aria-label="Processing" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 text-sm font-semibold">Processing</h2>
        <dl>
          <Row label="Status">
            <EventStatusBadge status={event.status} />
          </Row>
          <Row label="Attempts">{event.attempts}</Row>
          <Row label="Last error">
            {event.lastError ? <pre className="font-mono text-xs whitespace-pre-wrap text-red-800">{event.lastError}</pre> : "—"}
          </Row>
          <Row label="Next attempt">{time(event.nextAttemptAt)}</Row>
          <Row label="Processed">{time(event.processedAt)}</Row>
        </dl>
        <h2 className="mt-4 mb-2 text-sm font-semibold">Entities</h2>
        {refs.length === 0 ? (
          <p className="text-sm text-slate-500">This event names no entity we track.</p>
        ) : (
          <dl data-testid="event-entities">
            {refs.map((r) => (
              <Row key={r.kind} label={r.kind}>
                {/* Portfolios have a page; customer and order pages arrive with onboarding and the order books. */}
                {r.kind === "portfolio" ? (
                  <Link className="font-mono text-xs underline" href={`/portfolios/${encodeURIComponent(r.value)}`}>
                    {r.value}
                  </Link>
                ) : (
                  <span className="font-mono text-xs">{r.value}</span>
                )}{" "}
                <Link className="ml-2 text-xs underline" href={`/events?entity=${encodeURIComponent(r.value)}`}>
                  all events for this {r.kind}
                </Link>
              </Row>
            ))}
          </dl>
        )}
      </section>
      <section aria-label="Payload" className="rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2">
        <h2 className="mb-2 text-sm font-semibold">Payload</h2>
        {event.payloadText !== null ? (
          <pre className="max-h-[32rem] overflow-auto rounded bg-slate-50 p-3 font-mono text-xs" data-testid="event-payload">
            {prettyJson(event.payloadText)}
          </pre>
        ) : (
          <p className="text-sm text-slate-600">
            {event.payloadPurgedAt
              ? `Payload purged on ${formatUtc(event.payloadPurgedAt)} UTC by retention.`
              : "No payload was stored for this event."}
          </p>
        )}
      </section>
    </div>
  );
}
