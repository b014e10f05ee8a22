import { InvestmentsTable } from "@/components/cashlink-onboarding/investments-table";
import { FilterIgnoredAlert } from "@/components/ui/filter-form";
import { FilterBar, type FilterField } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { ProviderLoaded } from "@/components/ui/provider-error-panel";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { enumWords } from "@/lib/format/enums";
import { INVESTMENT_STATUS_WORDS } from "@/lib/onboarding/cashlink-words";
import { findCashlinkInvestments } from "@/lib/onboarding/find-cashlink-records";
import { loadInvestmentList } from "@/lib/onboarding/url-state";
import { INVESTMENT_STATUSES } from "@/lib/providers/cashlink/transform";
import { presentValues } from "@/lib/url-params";
import { readListFilter } from "@/lib/validations/list-filter";
import { investmentFilterSchema } from "@/lib/validations/cashlink-onboarding";

export const metadata = { title: "Cashlink investments" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FIELDS: readonly FilterField[] = [
  {
    kind: "select",
    key: "status",
    label: "Status",
    options: INVESTMENT_STATUSES.map((s) => ({ value: s, label: enumWords(s, INVESTMENT_STATUS_WORDS) })),
  },
  { kind: "text", key: "investor", label: "Investor id", placeholder: "the whole id", maxLength: 100 },
];

export default async function InvestmentsPage({ searchParams }: Props) {
  const user = await requirePagePermission("onboarding.read");
  const params = presentValues(await loadInvestmentList(searchParams));
  const { filter, error } = readListFilter(investmentFilterSchema, params);
  const result = await findCashlinkInvestments(filter);
  const canAccept = hasPermission(user.role, "cashlink_investments.accept");
  const canMarkPaid = hasPermission(user.role, "cashlink_investments.mark_paid");
  return (
    <>
      <PageHeader
        title="Cashlink investments"
        description="Every investment at Cashlink, oldest first. Accept those waiting for acceptance together (a result per investment); mark an accepted one paid when the investor's payment has arrived."
      />
      <FilterBar label="Investment filters" fields={FIELDS} />
      <FilterIgnoredAlert error={error} />
      <ProviderLoaded result={result} provider="Cashlink" what="The investments" retryHref="/onboarding/investments">
        {({ rows, total }) => <InvestmentsTable rows={rows} total={total} canAccept={canAccept} canMarkPaid={canMarkPaid} />}
      </ProviderLoaded>
    </>
  );
}
