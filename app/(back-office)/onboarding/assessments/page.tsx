import Link from "next/link";

import { Pager } from "@/components/ui/pager";

import { AssessmentsTable } from "@/components/cashlink-onboarding/assessments-table";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { findAssessments } from "@/lib/data/onboarding/find-assessments";
import { ASSESSMENT_FILTER_KEYS, ASSESSMENT_STATUSES, assessmentFilterSchema } from "@/lib/validations/cashlink-onboarding";

export const metadata = { title: "Suitability assessments" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AssessmentsPage({ searchParams }: Props) {
  await requirePagePermission("onboarding.read");
  const raw = await searchParams;
  const params: Record<string, string> = {};
  for (const key of ASSESSMENT_FILTER_KEYS) {
    const value = raw[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first) params[key] = first;
  }
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
      <form
        method="get"
        action="/onboarding/assessments"
        aria-label="Assessment filters"
        className="mb-4 grid grid-cols-2 items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-[repeat(3,minmax(0,1fr))_auto]"
      >
        <Field label="Status" htmlFor="a-status">
          <Select id="a-status" name="status" defaultValue={kept.status ?? ""}>
            <option value="">Any</option>
            {ASSESSMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s} ({counts[s] ?? 0})
              </option>
            ))}
          </Select>
        </Field>
        <Field label="User id" htmlFor="a-user">
          <Input id="a-user" name="user" defaultValue={kept.user} placeholder="U…" />
        </Field>
        <Field label="Portfolio id" htmlFor="a-portfolio">
          <Input id="a-portfolio" name="portfolio" defaultValue={kept.portfolio} placeholder="P…" />
        </Field>
        <div className="flex gap-2">
          <Button type="submit">Apply</Button>
          <Link href="/onboarding/assessments" className="inline-flex h-9 items-center px-2 text-sm underline">
            Clear
          </Link>
        </div>
      </form>
      {!parsed.success && (
        <p role="alert" className="mb-4 rounded-md bg-red-50 p-2 text-sm text-red-800">
          {parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join(" ")} The filter was ignored.
        </p>
      )}
      <AssessmentsTable rows={rows} />
      <Pager base="/onboarding/assessments" params={kept} page={page} pageCount={pageCount} total={total} noun="assessment(s)" />
    </>
  );
}
