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
import { documentLabel } from "@/lib/validations/onboarding-documents";

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
                <th className="px-3 py-2">Can</th>
                <th className="px-3 py-2">Investor type</th>
                <th className="px-3 py-2">Case</th>
              </tr>
            </thead>
            <tbody>
              {customers.map(({ customer, case: c, customerId, name }) => {
                const v = customer.validation;
                const can = (["invest", "invest_high_yield", "invest_perpetuals", "invest_special_situations", "withdraw"] as const).filter(
                  (k) => v[`can_${k}`],
                );
                return (
                  <tr
                    key={customerId}
                    className="border-b border-slate-100 align-top last:border-0"
                    data-testid={`customer-row-${customerId}`}
                  >
                    <td className="px-3 py-2">
                      <div>{name}</div>
                      <div className="font-mono text-xs text-slate-600">{customerId}</div>
                    </td>
                    <td className="px-3 py-2">{v.status}</td>
                    <td className="px-3 py-2 text-xs">{v.aml_check.status}</td>
                    <td className="px-3 py-2 text-xs">{v.next_actions.join(", ")}</td>
                    <td className="px-3 py-2 text-xs">{v.fields_needed.join(", ")}</td>
                    <td className="px-3 py-2 text-xs">
                      {Object.entries(v.documents).map(([type, state]) => (
                        <div key={type}>
                          {documentLabel(type)}: {state}
                          {v.document_info[type]?.rejection_reason && (
                            <span className="text-red-800"> ({v.document_info[type]!.rejection_reason})</span>
                          )}
                        </div>
                      ))}
                    </td>
                    <td className="px-3 py-2 text-xs">
                      {Object.entries(v.questionnaire)
                        .filter(([, s]) => s !== "not-attempted")
                        .map(([type, s]) => `${type}: ${s}`)
                        .join(", ") || "none attempted"}
                    </td>
                    <td className="px-3 py-2 text-xs">{can.length ? can.join(", ") : <Badge>nothing</Badge>}</td>
                    <td className="px-3 py-2 text-xs">{customer.investor_type?.investor_type ?? ""}</td>
                    <td className="px-3 py-2">
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
