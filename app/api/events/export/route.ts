// GET /api/events/export - the filtered event log as CSV or NDJSON (?format=), payloads included, streamed
import { csvWriter, ndjsonWriter, streamExport } from "@/lib/api/stream-export";
import { parsedOrInvalid } from "@/lib/api/route-input";
import { withPermission } from "@/lib/api/with-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import { parseEventFilter } from "@/lib/events/event-filter-params";
import { visibleError } from "@/lib/events/event-row";
import { type EventListRow, iterateEventsWithPayload } from "@/lib/events/find-events";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getRequestLogger } from "@/lib/request-context";
import { actorOf } from "@/lib/audit/audit-context";

const COLUMNS = [
  "id",
  "receivedAt",
  "provider",
  "providerEventId",
  "type",
  "status",
  "transport",
  "deliveries",
  "attempts",
  "portfolioRef",
  "userRef",
  "customerRef",
  "accountRef",
  "orderRef",
  "investmentRef",
  "lastError",
  "payload",
];

function metadata(e: EventListRow, role: string) {
  return {
    id: e.id.toString(),
    receivedAt: e.receivedAt.toISOString(),
    provider: e.provider,
    providerEventId: e.providerEventId,
    type: e.type,
    status: e.status,
    transport: e.transport,
    deliveries: e.deliveries,
    attempts: e.attempts,
    portfolioRef: e.portfolioRef,
    userRef: e.userRef,
    customerRef: e.customerRef,
    accountRef: e.accountRef,
    orderRef: e.orderRef,
    investmentRef: e.investmentRef,
    lastError: visibleError(e.lastError, role),
  };
}

export const GET = withPermission("events.export", async (request, { user }) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const format = params.format ?? "csv";
  if (format !== "csv" && format !== "ndjson") throw new AppError("INVALID", "format: use csv or ndjson.");
  const filter = { ...parsedOrInvalid(parseEventFilter(params)), before: undefined };

  // Payloads carry customers' personal data: who took a copy, and of what, is on record.
  await writeAudit(getDb(), {
    action: "events.exported",
    outcome: "SUCCESS",
    ...actorOf(user),
    details: { filter, format },
  });

  async function* rows() {
    for await (const e of iterateEventsWithPayload(filter)) {
      const meta = metadata(e, user.role);
      // The payload is PostgreSQL's JSON text, spliced in verbatim so exact numbers stay exact.
      yield format === "csv"
        ? [...Object.values(meta), e.payloadText]
        : `${JSON.stringify(meta).slice(0, -1)},"payload":${e.payloadText ?? "null"}}\n`;
    }
  }
  const body = await streamExport({
    rows: rows(),
    out: format === "csv" ? csvWriter(COLUMNS) : ndjsonWriter(),
    signal: request.signal,
    log: await getRequestLogger(),
    what: "events",
  });

  const stamp = new Date().toISOString().slice(0, 19).replaceAll(":", "");
  const contentType = format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
  return new Response(body, {
    headers: { "content-type": contentType, "content-disposition": `attachment; filename="events-${stamp}.${format}"` },
  });
});
