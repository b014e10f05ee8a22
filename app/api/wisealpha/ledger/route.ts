// GET /api/wisealpha/ledger?customer=&account=[&currency=&type=&direction=&from=&to=] - the account ledger as CSV, filtered as on the page
import { csvWriter, streamExport } from "@/lib/api/stream-export";
import { parsedOrInvalid, queryOf } from "@/lib/api/route-input";
import { withPermission } from "@/lib/api/with-permission";
import { auditAs } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db";
import { atProvider } from "@/lib/errors";
import { getWiseAlphaClient } from "@/lib/providers/server-clients";
import { getRequestLogger } from "@/lib/request-context";
import { ledgerExportSchema } from "@/lib/validations/wisealpha-accounts";
import { findLedgerRows, LEDGER_CSV_COLUMNS, ledgerCsvLine } from "@/lib/wisealpha-accounts/ledger";

export const GET = withPermission("orders.read", async (request, { user }) => {
  const q = parsedOrInvalid(ledgerExportSchema.safeParse(queryOf(request)));
  const ref = { customerId: q.customer, accountId: q.account };
  const rows = await atProvider(async () => {
    const account = await getWiseAlphaClient().getInvestmentAccount(ref);
    return findLedgerRows(ref, account.currencies, q);
  });
  const target = { type: "wisealpha_account", id: q.account };
  await auditAs(getDb(), user, "wisealpha_ledger.exported", target, {
    customer: q.customer,
    filters: { currency: q.currency, type: q.type, direction: q.direction, from: q.from, to: q.to },
    count: rows.length,
  });
  async function* lines() {
    for (const row of rows!) yield ledgerCsvLine(row);
  }
  const body = await streamExport({
    rows: lines(),
    out: csvWriter(LEDGER_CSV_COLUMNS),
    signal: request.signal,
    log: await getRequestLogger(),
    what: "wisealpha ledger",
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="ledger-${q.account}-${new Date().toISOString().slice(0, 10)}.csv"`,
      "x-total-count": String(rows.length),
    },
  });
});
