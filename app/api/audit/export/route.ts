// GET /api/audit/export - the filtered audit trail as CSV, streamed
import { Readable } from "node:stream";

import { stringify } from "csv-stringify";

import { withPermission } from "@/lib/api/with-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import { iterateAuditEntries } from "@/lib/data/audit/find-audit-entries";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseAuditFilter } from "@/lib/validations/audit";

const COLUMNS = ["id", "createdAt", "actorEmail", "actorRole", "action", "targetType", "targetId", "outcome", "requestId", "ip", "details"];

export const GET = withPermission("audit.export", async (request, { user }) => {
  const parsed = parseAuditFilter(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const filter = { ...parsed.data, before: undefined };

  // Exporting the trail is itself worth knowing about.
  await writeAudit(getDb(), {
    action: "audit.exported",
    outcome: "SUCCESS",
    actorId: user.id,
    actorEmail: user.email,
    actorRole: user.role,
    details: { filter },
  });

  const csv = stringify({ header: true, columns: COLUMNS });
  void (async () => {
    try {
      for await (const e of iterateAuditEntries(filter)) {
        const row = [
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
        if (!csv.write(row)) await new Promise((resolve) => csv.once("drain", resolve));
      }
      csv.end();
    } catch (error) {
      csv.destroy(error as Error);
    }
  })();

  const stamp = new Date().toISOString().slice(0, 19).replaceAll(":", "");
  return new Response(Readable.toWeb(csv) as ReadableStream, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="audit-${stamp}.csv"` },
  });
});
