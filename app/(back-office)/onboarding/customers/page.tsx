import { enumWords } from "@/lib/format/enums";
import { FilteredRows } from "@/components/lists/filtered-rows";
import { CustomersTable } from "@/components/onboarding/customers-table";
import { CreateCustomerForm, SyncButton } from "@/components/onboarding/customer-tools";
import { LinkCounts } from "@/components/onboarding/link-counts";
import { DateTime } from "@/components/ui/date-time";
import { FilterBar } from "@/components/ui/filter-bar";
import { FilterIgnoredAlert } from "@/components/ui/filter-form";
import { DataTablePager } from "@/components/ui/data-table/data-table-pager";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { countCustomersByFilter, findCustomers } from "@/lib/onboarding/find-customers";
import { CUSTOMER_FILTERS, type CustomerFilter } from "@/lib/onboarding/customer-flags";
import { customerFilterSchema } from "@/lib/validations/onboarding";
import { summarizeCustomer } from "@/lib/onboarding/customer-summary";
import { loadCustomerList } from "@/lib/onboarding/url-state";
import { VALIDATION_STATUS_WORDS } from "@/lib/onboarding/words";
import { presentValues } from "@/lib/url-params";
import { readListFilter } from "@/lib/validations/list-filter";

export const metadata = { title: "Onboarding customers" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomersPage({ searchParams }: Props) {
  const user = await requirePagePermission("onboarding.read");
  const params = presentValues(await loadCustomerList(searchParams));
  const { filter, kept, error } = readListFilter(customerFilterSchema, params);
  const [{ customers, total, lastUpdate }, counts] = await Promise.all([findCustomers(filter), countCustomersByFilter(filter.q)]);

  return (
    <>
      <PageHeader
        title="Onboarding customers"
        description="Every managed WiseAlpha customer from our projection, refreshed by account events and a periodic sync."
        actions={<SyncButton />}
      />
      <p className="-mt-4 mb-4 text-sm text-slate-700" data-testid="newest-provider-data">
        Newest provider data: {lastUpdate ? <DateTime value={lastUpdate} style="datetime-seconds" /> : "none yet"}
      </p>
      {hasPermission(user.role, "onboarding.act") && <CreateCustomerForm />}
      <FilterIgnoredAlert error={error} />
      <LinkCounts
        label="Reviewer filters"
        base="/onboarding/customers"
        param="filter"
        params={kept}
        active={filter.filter ?? null}
        options={[
          { value: null, label: "All", count: counts.all },
          ...(Object.entries(CUSTOMER_FILTERS) as [CustomerFilter, string][]).map(([value, label]) => ({
            value,
            label,
            count: counts[value],
          })),
        ]}
      />
      <FilterBar
        label="Search customers"
        fields={[{ kind: "text", key: "q", label: "Customer id, email or name", type: "search", maxLength: 200 }]}
      />
      {counts.all === 0 && (
        <p className="mb-3 text-sm text-slate-700">Nothing has been read from WiseAlpha yet: use Sync from providers.</p>
      )}
      <FilteredRows keys={["q"]} applied={params}>
        <CustomersTable
          rows={customers.map(({ customer, case: c, customerId, name }) => ({
            customerId,
            name,
            status: enumWords(customer.validation.status, VALIDATION_STATUS_WORDS),
            aml: customer.validation.aml_check.status,
            ...summarizeCustomer(customer),
            investorType: customer.investor_type?.investor_type ?? "",
            case: c ? { id: c.id, status: c.status } : null,
          }))}
        />
      </FilteredRows>
      <DataTablePager mode="offset" total={total} noun="customer(s)" />
    </>
  );
}
