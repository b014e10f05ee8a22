// GET /api/audit/export - the filtered audit trail as CSV, streamed
import { csvWriter, streamExport } from "@/lib/api/stream-export";
import { parsedOrInvalid, queryOf } from "@/lib/api/route-input";
import { withPermission } from "@/lib/api/with-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import { iterateAuditEntries } from "@/lib/audit/find-audit-entries";
import { getDb } from "@/lib/db";
import { getRequestLogger } from "@/lib/request-context";
import { parseAuditFilter } from "@/lib/validations/audit";
import { actorOf } from "@/lib/audit/audit-context";

const COLUMNS = ["id", "createdAt", "actorEmail", "actorRole", "action", "targetType", "targetId", "outcome", "requestId", "ip", "details"];

export const GET = withPermission("audit.export", async (request, { user }) => {
  const filter = { ...parsedOrInvalid(parseAuditFilter(queryOf(request))), before: undefined };

  // Exporting the trail is itself worth knowing about.
  await writeAudit(getDb(), {
    action: "audit.exported",
    outcome: "SUCCESS",
    ...actorOf(user),
    details: { filter },
  });

  async function* rows() {
    for await (const e of iterateAuditEntries(filter)) {
      yield [
        e.id.toString(),
        e.createdAt.toISOString(),
        e.actorEmail,
        e.actorRole,
        e.action,
        e.targetType,
        e.targetId,
        e.outcome,
        e.requestId,
        e.ip,
        JSON.stringify(e.details),
      ];
    }
  }
  const body = await streamExport({
    rows: rows(),
    out: csvWriter(COLUMNS),
    signal: request.signal,
    log: await getRequestLogger(),
    what: "audit",
  });

  const stamp = new Date().toISOString().slice(0, 19).replaceAll(":", "");
  return new Response(body, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="audit-${stamp}.csv"` },
  });
});
