import { FilteredRows } from "@/components/lists/filtered-rows";
import { CasesTable } from "@/components/onboarding/cases-table";
import { LinkCounts } from "@/components/onboarding/link-counts";
import { DataTablePager } from "@/components/ui/data-table/data-table-pager";
import { FilterBar } from "@/components/ui/filter-bar";
import { FilterIgnoredAlert } from "@/components/ui/filter-form";
import { presentValues } from "@/lib/url-params";
import { readListFilter } from "@/lib/validations/list-filter";
import { loadCaseList } from "@/lib/onboarding/url-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueueNotice } from "@/components/ui/queue-notice";
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
  const params = presentValues(await loadCaseList(searchParams));
  const { filter, kept, error } = readListFilter(caseFilterSchema, params);
  const scope = await caseQueueWhere(filter.queue);
  const [{ cases, total }, counts] = await Promise.all([findCases(filter, user, scope), countCasesByStatus(filter, user, scope)]);
  const open = OPEN_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  // Both rows of counts link back to this list and carry its other (valid) filters along.
  const countLinks = { base: "/onboarding/cases", params: kept };

  return (
    <>
      <PageHeader
        title="Onboarding cases"
        description="One case per WiseAlpha customer and per Cashlink invitation. Claim a case to review it; provider events move it and appear on its timeline."
      />
      <FilterIgnoredAlert error={error} />
      {filter.queue && <QueueNotice label={CASE_QUEUE_LABELS[filter.queue]} allHref="/onboarding/cases" testId="case-queue" />}
      <LinkCounts
        {...countLinks}
        label="Whose cases"
        param="view"
        active={filter.view === "mine-and-unassigned" ? null : filter.view}
        options={Object.entries(VIEW_LABELS).map(([value, label]) => ({ value: value === "mine-and-unassigned" ? null : value, label }))}
      />
      <LinkCounts
        {...countLinks}
        label="Status counts"
        param="status"
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
      <FilterBar
        label="Search cases"
        fields={[{ kind: "text", key: "q", label: "Customer id, invitation id or name", type: "search", maxLength: 200 }]}
      />
      <FilteredRows keys={["q"]} applied={params}>
        <CasesTable
          rows={cases.map((c) => ({
            id: c.id,
            subjectType: c.subjectType,
            subjectRef: c.subjectRef,
            displayName: c.displayName,
            status: c.status,
            providerReady: c.providerReady,
            waitingReason: c.waitingReason,
            assigneeEmail: c.assigneeEmail,
            createdAt: c.createdAt,
          }))}
        />
      </FilteredRows>
      <DataTablePager mode="offset" total={total} noun="case(s)" />
    </>
  );
}
