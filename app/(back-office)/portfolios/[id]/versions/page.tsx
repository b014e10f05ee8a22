import { notFound } from "next/navigation";
import type { SearchParams } from "nuqs/server";

import { VersionDiffTable } from "@/components/portfolios/versions/version-diff-table";
import { VersionPicker } from "@/components/portfolios/versions/version-picker";
import { VersionsTable } from "@/components/portfolios/versions/versions-table";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { compareVersions } from "@/lib/portfolios/portfolio-versions";
import { loadVersionCompare } from "@/lib/portfolios/url-state";
import { isPathId } from "@/lib/url-params";
import { versionCompareSchema } from "@/lib/validations/portfolio-lifecycle";
import { PORTFOLIO_ID } from "@/lib/validations/portfolios-actions";

export const metadata = { title: "Portfolio versions" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/**
 * InvestSuite keeps every version but shows the log only in its Admin Console (seed 001), so
 * this page compares the versions the back office saw: those it created, changed or closed,
 * and each read of the detail page. A version made elsewhere between two reads is missing.
 */
export default async function PortfolioVersionsPage({ params, searchParams }: Props) {
  await requirePagePermission("portfolios.read");
  const { id } = await params;
  if (!isPathId(id) || !PORTFOLIO_ID.test(id)) notFound();
  const wanted = versionCompareSchema.parse(await loadVersionCompare(searchParams));
  const { versions, a, b, rows } = await compareVersions(id, wanted.a, wanted.b);
  const numbers = versions.map((v) => v.version);
  const gaps = numbers.length > 1 && numbers.at(-1)! - numbers[0]! + 1 !== numbers.length;

  return (
    <>
      <BackLink href={`/portfolios/${encodeURIComponent(id)}`}>Portfolio</BackLink>
      <PageHeader title="Portfolio versions" description={`InvestSuite portfolio ${id}: every change is a new version.`} />
      <p className="mb-4 text-sm text-slate-700">
        These are the versions the back office has seen. InvestSuite&apos;s full log is in its Admin Console.
        {gaps && " Some version numbers are missing: they were made elsewhere and never read here."}
      </p>
      {versions.length === 0 ? (
        <p className="text-sm">No version has been seen yet: open the portfolio once to record its current version.</p>
      ) : (
        <>
          {numbers.length > 1 && <VersionPicker versions={numbers} a={a} b={b} />}
          {rows && a !== null && b !== null ? (
            <section aria-label="Field-by-field differences" className="mb-6">
              <h2 className="mb-2 text-sm font-semibold">
                Version {a} → version {b}
              </h2>
              <VersionDiffTable rows={rows} a={a} b={b} />
            </section>
          ) : (
            <p className="mb-4 text-sm">Only one version has been seen, so there is nothing to compare yet.</p>
          )}
          <section aria-label="Versions">
            <h2 className="mb-2 text-sm font-semibold">Versions</h2>
            <VersionsTable rows={versions} />
          </section>
        </>
      )}
    </>
  );
}
