import Link from "next/link";

import { CaseStatusBadge } from "@/components/onboarding/case-status-badge";
import { CreateCustomerForm, SyncButton } from "@/components/onboarding/customer-tools";
import { LinkCounts } from "@/components/onboarding/link-counts";
import { FilterIgnoredAlert, SearchForm } from "@/components/ui/filter-form";
import { Pager } from "@/components/ui/pager";
import { readParams } from "@/lib/url-params";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { countCustomersByFilter, findCustomers } from "@/lib/onboarding/find-customers";
import { CUSTOMER_FILTERS, type CustomerFilter } from "@/lib/onboarding/customer-flags";
import { customerFilterSchema } from "@/lib/validations/onboarding";
import { summarizeCustomer } from "@/lib/onboarding/customer-summary";
import { cn } from "@/lib/utils";

export const metadata = { title: "Onboarding customers" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomersPage({ searchParams }: Props) {
  const user = await requirePagePermission("onboarding.read");
  const params = readParams(await searchParams, ["filter", "q", "page"]);
  const parsed = customerFilterSchema.safeParse(params);
  const filter = parsed.success ? parsed.data : customerFilterSchema.parse({});
  const kept = parsed.success ? params : {};
  const [{ customers, total, page, pageCount, lastUpdate }, counts] = await Promise.all([
    findCustomers(filter),
    countCustomersByFilter(filter.q),
  ]);

  return (
    <>
      <PageHeader
        title="Onboarding customers"
        description={`Every managed WiseAlpha customer from our projection (refreshed by account events and a periodic sync; newest provider data ${lastUpdate ? `${lastUpdate.toISOString().replace("T", " ").slice(0, 19)} UTC` : "none yet"}).`}
        actions={<SyncButton />}
      />
      {hasPermission(user.role, "onboarding.act") && <CreateCustomerForm />}
      <FilterIgnoredAlert error={parsed.error} />
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
      <SearchForm
        action="/onboarding/customers"
        label="Search customers"
        placeholder="Customer id, email or name"
        value={filter.q}
        keep={kept.filter ? { filter: kept.filter } : {}}
      />
      {customers.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
          No customers match. {counts.all === 0 && "Nothing has been read from WiseAlpha yet: use Sync from providers."}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="customers-table">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
              <tr>
                <th className="px-3 py-2">Customer</th>
                <th className="px-3 py-2">Validation</th>
                <th className="px-3 py-2">AML</th>
                <th className="px-3 py-2">Next actions</th>
                <th className="px-3 py-2">Missing fields</th>
                <th className="px-3 py-2">Documents</th>
                <th className="px-3 py-2">Questionnaires</th>
                <th className="px-3 py-2">May</th>
                <th className="px-3 py-2">Investor type</th>
                <th className="px-3 py-2">Case</th>
              </tr>
            </thead>
            <tbody>
              {customers.map(({ customer, case: c, customerId, name }) => {
                const v = customer.validation;
                const sum = summarizeCustomer(customer);
                const cell = (x: { short: string; full: string }) => (
                  <td className="max-w-48 truncate px-3 py-1.5 text-xs" title={x.full}>
                    {x.short}
                  </td>
                );
                return (
                  <tr
                    key={customerId}
                    className="border-b border-slate-100 whitespace-nowrap last:border-0"
                    data-testid={`customer-row-${customerId}`}
                  >
                    <td className="px-3 py-1.5">
                      {name} <span className="font-mono text-xs text-slate-600">{customerId}</span>
                    </td>
                    <td className="px-3 py-1.5">{v.status}</td>
                    <td className="px-3 py-1.5 text-xs">{v.aml_check.status}</td>
                    {cell(sum.nextActions)}
                    {cell(sum.missingFields)}
                    <td className={cn("max-w-48 truncate px-3 py-1.5 text-xs", sum.rejected && "text-red-800")} title={sum.documents.full}>
                      {sum.documents.short}
                    </td>
                    {cell(sum.questionnaires)}
                    <td className="max-w-48 truncate px-3 py-1.5 text-xs" title={sum.may?.full}>
                      {sum.may ? sum.may.short : <Badge>nothing</Badge>}
                    </td>
                    <td className="px-3 py-1.5 text-xs">{customer.investor_type?.investor_type ?? ""}</td>
                    <td className="px-3 py-1.5">
                      {c && (
                        <Link href={`/onboarding/cases/${c.id}`} className="underline">
                          <CaseStatusBadge status={c.status} />
                        </Link>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pager base="/onboarding/customers" params={kept} page={page} pageCount={pageCount} total={total} noun="customer(s)" />
    </>
  );
}
