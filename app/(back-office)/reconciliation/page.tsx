import type { SearchParams } from "nuqs/server";

import { DriftTable } from "@/components/reconciliation/drift-table";
import { RunNowButton } from "@/components/reconciliation/run-now-button";
import { CheckFiguresTable, RunsTable } from "@/components/reconciliation/runs-table";
import { safePage, safePageSize } from "@/components/ui/data-table/url-state";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { enumOptions } from "@/lib/format/enums";
import { ALL_CHECK_NAMES, checkLabel } from "@/lib/reconciliation/check-names";
import { findDriftItems, findRuns } from "@/lib/reconciliation/find-drift";
import { loadDriftSearchParams } from "@/lib/reconciliation/url-state";
import { DRIFT_PROVIDERS, DRIFT_STATES, driftFilterSchema } from "@/lib/validations/reconciliation";

export const metadata = { title: "Reconciliation" };

export default async function ReconciliationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("reconciliation.read");
  const params = await loadDriftSearchParams(searchParams);
  // The same zod schema as the export: a value PostgreSQL cannot compare (NUL, a broken character) drops the filters.
  const parsed = driftFilterSchema.safeParse({
    state: params.state ?? "",
    provider: params.provider ?? "",
    check: params.check ?? "",
    object: params.object ?? "",
  });
  const { page: _page, ...filter } = parsed.success ? parsed.data : {};
  const [{ total, items }, runs] = await Promise.all([
    findDriftItems(filter, safePage(params.page), safePageSize(params.size)),
    findRuns(10),
  ]);

  const exportQuery = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1])));
  const latest = runs.find((r) => r.status !== "QUEUED");
  const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100";

  return (
    <>
      <PageHeader
        title="Reconciliation"
        description="Where the providers and our records disagree: found by scheduled and on-demand runs, kept until a later run sees them agree or a person settles them."
        actions={
          <>
            {hasPermission(user.role, "reconciliation.export") && (
              <a className={linkClass} href={`/api/reconciliation/export?${exportQuery.toString()}`} download>
                Export CSV
              </a>
            )}
            {hasPermission(user.role, "reconciliation.run") && <RunNowButton />}
          </>
        }
      />
      <section className="mb-8">
        <h2 id="drift-heading" className="mb-2 text-lg font-semibold">
          Drift items
        </h2>
        <FilterBar
          label="Drift filters"
          fields={[
            { kind: "select", key: "state", label: "State", options: enumOptions(DRIFT_STATES) },
            {
              kind: "select",
              key: "provider",
              label: "Provider",
              options: enumOptions(DRIFT_PROVIDERS),
            },
            { kind: "select", key: "check", label: "Check", options: ALL_CHECK_NAMES.map((c) => ({ value: c, label: checkLabel(c) })) },
            { kind: "text", key: "object", label: "Object id", placeholder: "P01…, MKTBUY…, 10000001", maxLength: 200 },
          ]}
        />
        <DriftTable
          total={total}
          rows={items.map((d) => ({
            id: d.id,
            check: d.check,
            provider: d.provider,
            objectType: d.objectType,
            objectRef: d.objectRef,
            kind: d.kind,
            summary: d.summary,
            state: d.state,
            firstSeenAt: d.firstSeenAt.toISOString(),
            lastSeenAt: d.lastSeenAt.toISOString(),
          }))}
        />
      </section>
      <section aria-labelledby="runs-heading" className="mb-8">
        <h2 id="runs-heading" className="mb-2 text-lg font-semibold">
          Runs
        </h2>
        <RunsTable
          rows={runs.map((r) => ({
            id: r.id,
            trigger: r.trigger,
            status: r.status,
            startedAt: r.startedAt.toISOString(),
            durationMs: r.durationMs,
            checks: r.checks.length,
            driftFound: r.checks.reduce((n, c) => n + c.driftFound, 0),
            opened: r.checks.reduce((n, c) => n + c.opened, 0),
            closed: r.checks.reduce((n, c) => n + c.closed, 0),
            providerCalls: r.checks.reduce((n, c) => n + c.providerCallCount, 0),
          }))}
        />
      </section>
      <section>
        <h2 id="checks-heading" className="mb-2 text-lg font-semibold">
          Checks of the latest run
        </h2>
        <CheckFiguresTable
          rows={(latest?.checks ?? []).map((c) => ({
            id: c.id,
            check: c.check,
            provider: c.provider,
            status: c.status,
            objectsChecked: c.objectsChecked,
            providerCallCount: c.providerCallCount,
            driftFound: c.driftFound,
            opened: c.opened,
            closed: c.closed,
            durationMs: c.durationMs,
            error: c.error,
          }))}
        />
      </section>
    </>
  );
}
