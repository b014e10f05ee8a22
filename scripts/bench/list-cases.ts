import { connectPg } from "./pg-client";

/** One list request as the page receives it: URL search params, parsed by the page's own parser. */
export type ListCase = {
  name: string;
  params: Record<string, string>;
  /** Timed and printed, but not held to the target: why (e.g. a window the person chose to widen). */
  outsideTarget?: string;
};

const DAY = 86_400_000;

/**
 * The filters issue 4 names, with values picked from the loaded data so each one
 * selects what a person would: a provider (15 %), a type prefix (~3 %), a status
 * (2 %), one portfolio (~25 events), one day a month back (~11,000 events), a bond's
 * ISIN in payloads (~0.1 %) and one order id (1 event, a few hours old: payload search
 * looks back 24 hours unless `from` is set, see event-where-sql.ts) in payloads; and,
 * outside the target, the same ISIN over the 7 days the page offers one click away.
 */
export async function listCases(databaseUrl: string): Promise<ListCase[]> {
  const client = await connectPg(databaseUrl);
  try {
    const { rows } = await client.query<{
      min: string;
      max: string;
      first: string;
      last: string;
      portfolio: string | null;
      order: string | null;
    }>(`
      SELECT min("id")::text AS min, max("id")::text AS max, to_char(min("receivedAt"), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS first,
             to_char(max("receivedAt"), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS last,
             (SELECT "portfolioRef" FROM "ProviderEvent" WHERE "portfolioRef" IS NOT NULL ORDER BY "id" LIMIT 1) AS portfolio,
             (SELECT "orderRef" FROM "ProviderEvent" WHERE "orderRef" IS NOT NULL AND "id" > (SELECT max("id") - 3000 FROM "ProviderEvent") ORDER BY "id" LIMIT 1) AS order
        FROM "ProviderEvent"`);
    const stats = rows[0]!;
    const [min, max] = [BigInt(stats.min), BigInt(stats.max)];
    // receivedAt is timestamp(3) without zone holding UTC (Prisma's convention): read as text, pinned to UTC.
    const from = new Date(Date.parse(stats.first) + 45 * DAY);
    return [
      { name: "first page, no filter", params: {} },
      { name: "deep keyset page (60% back)", params: { before: (max - ((max - min) * 6n) / 10n).toString() } },
      { name: "provider = CASHLINK", params: { provider: "CASHLINK" } },
      { name: "type prefix 'coupon.'", params: { type: "coupon." } },
      { name: "status = FAILED", params: { status: "FAILED" } },
      { name: `entity = ${stats.portfolio ?? "pf_000001"}`, params: { entity: stats.portfolio ?? "pf_000001" } },
      { name: "time range: 1 day, 45 days back", params: { from: from.toISOString(), to: new Date(from.getTime() + DAY).toISOString() } },
      { name: "text in payload (24 h): bond ISIN", params: { q: "XS1000000042" } },
      { name: `text in payload (24 h): ${stats.order ?? "ord_500000"}`, params: { q: stats.order ?? "ord_500000" } },
      // What "Search further back: 7 days" on the page costs: a brute-force scan of ~78,000 payloads.
      {
        name: "text in payload, From 7 days back: ISIN",
        params: { q: "XS1000000042", from: new Date(Date.parse(stats.last) - 7 * DAY).toISOString() },
        outsideTarget: "a window the person widened",
      },
    ];
  } finally {
    await client.end();
  }
}
