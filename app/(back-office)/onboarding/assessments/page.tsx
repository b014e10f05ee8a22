import { AssessmentsTable } from "@/components/cashlink-onboarding/assessments-table";
import { Field, Input } from "@/components/ui/field";
import { FilterForm, FilterIgnoredAlert, SelectField } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { readParams } from "@/lib/url-params";
import { requirePagePermission } from "@/lib/auth/session";
import { findAssessments } from "@/lib/onboarding/find-assessments";
import { ASSESSMENT_FILTER_KEYS, ASSESSMENT_STATUSES, assessmentFilterSchema } from "@/lib/validations/cashlink-onboarding";

export const metadata = { title: "Suitability assessments" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AssessmentsPage({ searchParams }: Props) {
  await requirePagePermission("onboarding.read");
  const params = readParams(await searchParams, ASSESSMENT_FILTER_KEYS);
  const parsed = assessmentFilterSchema.safeParse(params);
  const filter = parsed.success ? parsed.data : assessmentFilterSchema.parse({});
  const kept = parsed.success ? params : {};
  const { rows, total, page, pageCount, counts } = await findAssessments(filter);

  return (
    <>
      <PageHeader
        title="Suitability assessments"
        description="InvestSuite's assessment statuses per user and portfolio, from its assessment events (newest change first). An older event arriving late never overwrites a newer status."
      />
      <FilterForm
        action="/onboarding/assessments"
        label="Assessment filters"
        columns="md:grid-cols-[repeat(3,minmax(0,1fr))_auto]"
        submitLabel="Apply"
      >
        <SelectField
          label="Status"
          id="a-status"
          name="status"
          value={kept.status}
          options={ASSESSMENT_STATUSES.map((s) => ({ value: s, label: `${s} (${counts[s] ?? 0})` }))}
        />
        <Field label="User id" htmlFor="a-user">
          <Input id="a-user" name="user" defaultValue={kept.user} placeholder="U…" />
        </Field>
        <Field label="Portfolio id" htmlFor="a-portfolio">
          <Input id="a-portfolio" name="portfolio" defaultValue={kept.portfolio} placeholder="P…" />
        </Field>
      </FilterForm>
      <FilterIgnoredAlert error={parsed.error} />
      <AssessmentsTable rows={rows} />
      <Pager base="/onboarding/assessments" params={kept} page={page} pageCount={pageCount} total={total} noun="assessment(s)" />
    </>
  );
}
