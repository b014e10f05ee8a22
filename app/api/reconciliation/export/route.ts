// GET /api/reconciliation/export - every drift item matching the list's filters (?state=&provider=&check=&object=) as CSV
import { csvWriter, streamExport } from "@/lib/api/stream-export";
import type { DriftItem } from "@/generated/prisma/client";
import { parsedOrInvalid, queryOf } from "@/lib/api/route-input";
import { withPermission } from "@/lib/api/with-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db";
import { iterateDriftItems } from "@/lib/reconciliation/find-drift";
import { getRequestLogger } from "@/lib/request-context";
import { driftFilterSchema } from "@/lib/validations/reconciliation";
import { actorOf } from "@/lib/audit/audit-context";

const COLUMNS = [
  "id",
  "check",
  "provider",
  "object_type",
  "object",
  "kind",
  "state",
  "summary",
  "ours",
  "theirs",
  "first_seen",
  "last_seen",
  "acknowledged_by",
  "acknowledged_at",
  "acknowledge_reason",
  "resolved_by",
  "resolved_at",
  "resolution",
];

const line = (d: DriftItem) => [
  d.id,
  d.check,
  d.provider,
  d.objectType,
  d.objectRef,
  d.kind,
  d.state,
  d.summary,
  JSON.stringify(d.ours ?? null),
  JSON.stringify(d.theirs ?? null),
  d.firstSeenAt.toISOString(),
  d.lastSeenAt.toISOString(),
  d.acknowledgedById ?? "",
  d.acknowledgedAt?.toISOString() ?? "",
  d.acknowledgeReason ?? "",
  d.resolvedById ?? "",
  d.resolvedAt?.toISOString() ?? "",
  d.resolution ?? "",
];

export const GET = withPermission("reconciliation.export", async (request, { user }) => {
  const { page: _page, ...filter } = parsedOrInvalid(driftFilterSchema.safeParse(queryOf(request)));
  async function* lines() {
    for await (const item of iterateDriftItems(filter)) yield line(item);
  }
  const body = await streamExport({
    rows: lines(),
    out: csvWriter(COLUMNS),
    signal: request.signal,
    log: await getRequestLogger(),
    what: "drift items",
  });
  try {
    await writeAudit(getDb(), {
      action: "drift.exported",
      outcome: "SUCCESS",
      ...actorOf(user),
      details: { filter },
    });
  } catch (error) {
    // No export without its audit entry.
    await body.cancel();
    throw error;
  }
  const stamp = new Date().toISOString().slice(0, 19).replaceAll(":", "");
  return new Response(body, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="drift-${stamp}.csv"` },
  });
});
