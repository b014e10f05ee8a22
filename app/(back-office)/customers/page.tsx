import Link from "next/link";

import { KYC_LABEL, kycTone, PROVIDER_LABEL, type ProviderKey } from "@/components/customers/provider-words";
import { Badge } from "@/components/ui/badge";
import { FilterForm, FilterIgnoredAlert, SelectField } from "@/components/ui/filter-form";
import { Field, Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { countCustomers, findCustomers } from "@/lib/customers/find-customers";
import { readParams } from "@/lib/url-params";
import { customerListParamsSchema } from "@/lib/validations/customers";

export const metadata = { title: "Customers" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const KEYS = ["q", "provider", "kyc", "work", "page"] as const;

export default async function CustomersPage({ searchParams }: Props) {
  const user = await requirePagePermission("customers.read");
  const params = readParams(await searchParams, KEYS);
  const parsed = customerListParamsSchema.safeParse(params);
  const filter = parsed.success ? parsed.data : customerListParamsSchema.parse({});
  const kept = parsed.success ? params : {};
  const [{ rows, hasMore }, counts] = await Promise.all([findCustomers(filter), countCustomers(filter)]);
  const href = (over: Record<string, string | undefined>) => {
    const merged: Record<string, string | undefined> = { ...kept, page: undefined, ...over };
    const next = new URLSearchParams(Object.entries(merged).filter((e): e is [string, string] => !!e[1]));
    return `/customers?${next.toString()}`;
  };

  return (
    <>
      <PageHeader
        title="Customers"
        description="One bank customer across InvestSuite, WiseAlpha and Cashlink: linked by the bank's customer number, or by a reviewer's decision."
        actions={
          hasPermission(user.role, "customers.link") && (
            <Link href="/customers/review" className="rounded-md bg-slate-900 px-3 py-2 text-sm font-medium text-white hover:bg-slate-700">
              Links to review ({counts.review})
            </Link>
          )
        }
      />
      <FilterForm action="/customers" label="Customer filters" columns="md:grid-cols-[2fr_1fr_1fr_1fr_auto]" submitLabel="Search">
        <Field label="Name, e-mail, customer number or provider id" htmlFor="customers-q">
          <Input id="customers-q" name="q" defaultValue={filter.q ?? ""} />
        </Field>
        <SelectField
          label="Provider"
          id="customers-provider"
          name="provider"
          value={filter.provider?.[0]}
          options={(Object.keys(PROVIDER_LABEL) as ProviderKey[]).map((p) => ({
            value: p,
            label: `${PROVIDER_LABEL[p]} (${counts.provider[p]})`,
          }))}
        />
        <SelectField
          label="KYC"
          id="customers-kyc"
          name="kyc"
          value={filter.kyc}
          options={Object.entries(counts.kyc).map(([k, n]) => ({ value: k, label: `${KYC_LABEL[k]} (${n})` }))}
        />
        <SelectField
          label="Work"
          id="customers-work"
          name="work"
          value={filter.work}
          options={[{ value: "open", label: `Has open work (${counts.openWork})` }]}
        />
      </FilterForm>
      <FilterIgnoredAlert error={parsed.error} />
      <p className="mb-2 text-sm text-slate-600" data-testid="customer-count">
        {counts.total} customer(s)
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Customers</caption>
          <thead className="bg-slate-50 text-left text-xs text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-3 py-2">
                Customer
              </th>
              <th scope="col" className="px-3 py-2">
                Customer number
              </th>
              <th scope="col" className="px-3 py-2">
                E-mail
              </th>
              <th scope="col" className="px-3 py-2">
                Providers
              </th>
              <th scope="col" className="px-3 py-2">
                KYC
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Open work
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={6} className="px-3 py-6 text-center text-slate-600">
                  No customer matches these filters.
                </td>
              </tr>
            )}
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-100">
                <td className="px-3 py-2">
                  <Link href={`/customers/${r.id}`} className="font-medium underline">
                    {r.displayName || "(no name)"}
                  </Link>
                </td>
                <td className="px-3 py-2 font-mono text-xs">{r.customerNumber ?? "—"}</td>
                <td className="px-3 py-2">{r.email ?? "—"}</td>
                <td className="px-3 py-2">
                  <span className="flex flex-wrap gap-1">
                    {r.providers.map((p) => (
                      <Badge key={p} tone="info">
                        {PROVIDER_LABEL[p as ProviderKey] ?? p}
                      </Badge>
                    ))}
                  </span>
                </td>
                <td className="px-3 py-2">
                  <Badge tone={kycTone(r.kycState)}>{KYC_LABEL[r.kycState] ?? r.kycState}</Badge>
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{r.openWork || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="mt-4 flex items-center gap-3 text-sm">
        <span className="text-slate-600">Page {filter.page}</span>
        {filter.page > 1 && (
          <Link className="underline" href={href({ page: String(filter.page - 1) })}>
            Previous
          </Link>
        )}
        {hasMore && (
          <Link className="underline" href={href({ page: String(filter.page + 1) })}>
            Next
          </Link>
        )}
      </nav>
    </>
  );
}
