import Link from "next/link";

import { CaseStatusBadge, ReadyBadge } from "@/components/onboarding/case-status-badge";
import { LinkCounts } from "@/components/onboarding/link-counts";
import { FilterIgnoredAlert, SearchForm } from "@/components/ui/filter-form";
import { Pager } from "@/components/ui/pager";
import { readParams } from "@/lib/url-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { caseQueueWhere, CASE_QUEUE_LABELS } from "@/lib/onboarding/case-queues";
import { countCasesByStatus, findCases } from "@/lib/onboarding/find-cases";
import { OPEN_STATUSES, STATUS_LABELS } from "@/lib/onboarding/case-rules";
import { caseFilterSchema } from "@/lib/validations/onboarding";

export const metadata = { title: "Onboarding cases" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const VIEW_LABELS = { "mine-and-unassigned": "Mine and unassigned", mine: "Mine", unassigned: "Unassigned", all: "Everyone's" } as const;

export default async function CasesPage({ searchParams }: Props) {
  const user = await requirePagePermission("onboarding.read");
  const params = readParams(await searchParams, ["view", "status", "subject", "q", "queue", "page"]);
  const parsed = caseFilterSchema.safeParse(params);
  const filter = parsed.success ? parsed.data : caseFilterSchema.parse({});
  const kept = parsed.success ? params : {};
  const scope = await caseQueueWhere(filter.queue);
  const [{ cases, total, page, pageCount }, counts] = await Promise.all([
    findCases(filter, user, scope),
    countCasesByStatus(filter, user, scope),
  ]);
  const open = OPEN_STATUSES.reduce((sum, s) => sum + counts[s], 0);

  return (
    <>
      <PageHeader
        title="Onboarding cases"
        description="One case per WiseAlpha customer and per Cashlink invitation. Claim a case to review it; provider events move it and appear on its timeline."
      />
      <FilterIgnoredAlert error={parsed.error} />
      {filter.queue && (
        <p className="mb-3 text-sm" data-testid="case-queue">
          Showing <strong>{CASE_QUEUE_LABELS[filter.queue]}</strong> ·{" "}
          <Link className="underline" href="/onboarding/cases">
            show all
          </Link>
        </p>
      )}
      <LinkCounts
        label="Whose cases"
        base="/onboarding/cases"
        param="view"
        params={kept}
        active={filter.view === "mine-and-unassigned" ? null : filter.view}
        options={Object.entries(VIEW_LABELS).map(([value, label]) => ({ value: value === "mine-and-unassigned" ? null : value, label }))}
      />
      <LinkCounts
        label="Status counts"
        base="/onboarding/cases"
        param="status"
        params={kept}
        active={filter.status === "open" ? null : filter.status}
        options={[
          { value: null, label: "Open", count: open },
          ...(Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[]).map((s) => ({
            value: s,
            label: STATUS_LABELS[s],
            count: counts[s],
          })),
          { value: "any", label: "Any status" },
        ]}
      />
      <SearchForm
        action="/onboarding/cases"
        label="Search cases"
        placeholder="Customer id, invitation id or name"
        value={filter.q}
        keep={Object.fromEntries(Object.entries(kept).filter(([k]) => k !== "q" && k !== "page"))}
      />
      {cases.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
          No cases match these filters.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="cases-table">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
              <tr>
                <th className="px-3 py-2">Case</th>
                <th className="px-3 py-2">Subject</th>
                <th className="px-3 py-2">Status</th>
                <th className="px-3 py-2">Provider</th>
                <th className="px-3 py-2">Waiting for</th>
                <th className="px-3 py-2">Assignee</th>
                <th className="px-3 py-2">Opened (UTC)</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id} className="border-b border-slate-100 last:border-0" data-testid={`case-row-${c.subjectRef}`}>
                  <td className="px-3 py-2">
                    <Link className="underline" href={`/onboarding/cases/${c.id}`}>
                      {c.displayName ?? c.subjectRef}
                    </Link>
                  </td>
                  <td className="px-3 py-2 font-mono text-xs">
                    {c.subjectType === "WISEALPHA_CUSTOMER" ? "WiseAlpha" : "Cashlink"} {c.subjectRef}
                  </td>
                  <td className="px-3 py-2">
                    <CaseStatusBadge status={c.status} />
                  </td>
                  <td className="px-3 py-2">
                    <ReadyBadge ready={c.providerReady} subject={c.subjectType} />
                  </td>
                  <td className="max-w-64 px-3 py-2 text-xs text-slate-700">{c.waitingReason ?? ""}</td>
                  <td className="px-3 py-2 text-xs">{c.assigneeEmail ?? <span className="text-slate-500">unassigned</span>}</td>
                  <td className="px-3 py-2 font-mono text-xs">{c.createdAt.toISOString().replace("T", " ").slice(0, 16)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager base="/onboarding/cases" params={kept} page={page} pageCount={pageCount} total={total} noun="case(s)" />
    </>
  );
}
