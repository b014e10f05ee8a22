// GET /api/wisealpha/reports?customer=&account=&type=&format=[&from=&to=] - a WiseAlpha report, as WiseAlpha sends it (CSV or PDF)
import { withPermission } from "@/lib/api/with-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db";
import { AppError, atProvider } from "@/lib/errors";
import { getWiseAlphaClient } from "@/lib/providers/server-clients";
import { reportDownloadSchema } from "@/lib/validations/wisealpha-accounts";
import { actorOf } from "@/lib/audit/audit-context";

export const GET = withPermission("orders.read", async (request, { user }) => {
  const parsed = reportDownloadSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const q = parsed.data;
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
  await writeAudit(getDb(), {
    action: "wisealpha_report.downloaded",
    outcome: "SUCCESS",
    ...actorOf(user),
    targetType: "wisealpha_account",
    targetId: q.account,
    details: { customer: q.customer, type: q.type, format: q.format, from: q.from ?? null, to: q.to ?? null, bytes: file.bytes.length },
  });
  const safeName = file.fileName.replace(/[^\w.-]/g, "_");
  return new Response(Buffer.from(file.bytes), {
    headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${safeName}"` },
  });
});
