import "server-only";

import { getDb, type Tx } from "@/lib/db";
import type { Portfolio } from "@/lib/providers/investsuite/transform";

import { diffVersions, type DiffRow } from "./version-diff";

/**
 * The versions of a portfolio the back office has seen (see the PortfolioVersion model for
 * why we keep them ourselves). A version is immutable at InvestSuite, so the first copy we
 * see is kept and later sightings of the same number change nothing.
 */

export type VersionSource = "CREATE" | "UPDATE" | "CLOSE" | "READ";

type Writer = Pick<Tx, "portfolioVersion">;

export async function recordPortfolioVersion(db: Writer, portfolio: Portfolio, source: VersionSource): Promise<void> {
  // `_embedded` belongs to the response, not to the version.
  const { ...snapshot } = portfolio as Portfolio & { _embedded?: unknown };
  delete snapshot._embedded;
  await db.portfolioVersion.createMany({
    data: [
      {
        portfolioId: portfolio.id,
        version: portfolio.version,
        snapshot: JSON.parse(JSON.stringify(snapshot)),
        versionDatetime: new Date(portfolio.version_datetime),
        authoredBy: portfolio.version_authored_by_user_id ?? null,
        source,
      },
    ],
    skipDuplicates: true,
  });
}

/** Records what a read saw; a failure here must never break the page that read it. */
export async function recordObservedVersion(portfolio: Portfolio): Promise<void> {
  await recordPortfolioVersion(getDb(), portfolio, "READ").catch(() => undefined);
}

export type PortfolioVersionRow = {
  version: number;
  versionDatetime: string;
  authoredBy: string | null;
  source: VersionSource;
  observedAt: string;
};

export async function listPortfolioVersions(portfolioId: string): Promise<PortfolioVersionRow[]> {
  const rows = await getDb().portfolioVersion.findMany({
    where: { portfolioId },
    orderBy: { version: "asc" },
    select: { version: true, versionDatetime: true, authoredBy: true, source: true, observedAt: true },
  });
  return rows.map((r) => ({
    version: r.version,
    versionDatetime: r.versionDatetime.toISOString(),
    authoredBy: r.authoredBy,
    source: r.source as VersionSource,
    observedAt: r.observedAt.toISOString(),
  }));
}

export type VersionComparison = {
  versions: PortfolioVersionRow[];
  a: number | null;
  b: number | null;
  rows: DiffRow[] | null;
};

/**
 * The seen versions and, when both exist, the diff A → B. Defaults: B the newest, A the one
 * before it, so the page opens on the latest change.
 */
export async function compareVersions(portfolioId: string, wantA: number | null, wantB: number | null): Promise<VersionComparison> {
  const versions = await listPortfolioVersions(portfolioId);
  const numbers = versions.map((v) => v.version);
  const b = wantB !== null && numbers.includes(wantB) ? wantB : (numbers.at(-1) ?? null);
  const a = wantA !== null && numbers.includes(wantA) ? wantA : (numbers.filter((n) => b === null || n < b).at(-1) ?? null);
  if (a === null || b === null) return { versions, a, b, rows: null };
  const snapshots = await getDb().portfolioVersion.findMany({
    where: { portfolioId, version: { in: [a, b] } },
    select: { version: true, snapshot: true },
  });
  const of = (n: number) => snapshots.find((s) => s.version === n)?.snapshot ?? null;
  return { versions, a, b, rows: diffVersions(of(a), of(b)) };
}
