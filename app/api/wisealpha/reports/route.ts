// GET /api/wisealpha/reports?customer=&account=&type=&format=[&from=&to=] - a WiseAlpha report, as WiseAlpha sends it (CSV or PDF)
import { parsedOrInvalid, queryOf } from "@/lib/api/route-input";
import { withPermission } from "@/lib/api/with-permission";
import { auditAs } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db";
import { atProvider } from "@/lib/errors";
import { getWiseAlphaClient } from "@/lib/providers/server-clients";
import { reportDownloadSchema } from "@/lib/validations/wisealpha-accounts";

export const GET = withPermission("orders.read", async (request, { user }) => {
  const q = parsedOrInvalid(reportDownloadSchema.safeParse(queryOf(request)));
  const file = await atProvider(() =>
    getWiseAlphaClient().generateReport({
      customerId: q.customer,
      accountId: q.account,
      reportType: q.type,
      format: q.format,
      from: q.from,
      to: q.to,
    }),
  );
  // Customer statements leave the system: who took which one is on record.
  const target = { type: "wisealpha_account", id: q.account };
  await auditAs(getDb(), user, "wisealpha_report.downloaded", target, {
    customer: q.customer,
    type: q.type,
    format: q.format,
    from: q.from ?? null,
    to: q.to ?? null,
    bytes: file.bytes.length,
  });
  const safeName = file.fileName.replace(/[^\w.-]/g, "_");
  return new Response(Buffer.from(file.bytes), {
    headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${safeName}"` },
  });
});
