import { FilteredRows } from "@/components/lists/filtered-rows";
import { AssessmentsTable } from "@/components/cashlink-onboarding/assessments-table";
import { DataTablePager } from "@/components/ui/data-table/data-table-pager";
import { FilterBar } from "@/components/ui/filter-bar";
import { FilterIgnoredAlert } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { enumWords } from "@/lib/format/enums";
import { ASSESSMENT_STATUS_WORDS } from "@/lib/onboarding/cashlink-words";
import { findAssessments } from "@/lib/onboarding/find-assessments";
import { loadAssessmentList } from "@/lib/onboarding/url-state";
import { presentValues } from "@/lib/url-params";
import { readListFilter } from "@/lib/validations/list-filter";
import { ASSESSMENT_STATUSES, assessmentFilterSchema } from "@/lib/validations/cashlink-onboarding";

export const metadata = { title: "Suitability assessments" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AssessmentsPage({ searchParams }: Props) {
  await requirePagePermission("onboarding.read");
  const params = presentValues(await loadAssessmentList(searchParams));
  const { filter, error } = readListFilter(assessmentFilterSchema, params);
  const { rows, total, counts } = await findAssessments(filter);

  return (
    <>
      <PageHeader
        title="Suitability assessments"
        description="InvestSuite's assessment statuses per user and portfolio, from its assessment events (newest change first). An older event arriving late never overwrites a newer status."
      />
      <FilterBar
        label="Assessment filters"
        fields={[
          {
            kind: "select",
            key: "status",
            label: "Status",
            options: ASSESSMENT_STATUSES.map((s) => ({ value: s, label: `${enumWords(s, ASSESSMENT_STATUS_WORDS)} (${counts[s] ?? 0})` })),
          },
          { kind: "text", key: "user", label: "User id", placeholder: "U…", maxLength: 200 },
          { kind: "text", key: "portfolio", label: "Portfolio id", placeholder: "P…", maxLength: 200 },
        ]}
      />
      <FilterIgnoredAlert error={error} />
      <FilteredRows keys={["status", "user", "portfolio"]} applied={params}>
        <AssessmentsTable rows={rows} />
      </FilteredRows>
      <DataTablePager mode="offset" total={total} noun="assessment(s)" />
    </>
  );
}
