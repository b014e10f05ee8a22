import { CustomersTable } from "@/components/customers/customers-table";
import { KYC_LABEL, PROVIDER_LABEL, type ProviderKey } from "@/components/customers/provider-words";
import { FilterBar } from "@/components/ui/filter-bar";
import { HeaderLink, PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { countCustomers, findCustomers } from "@/lib/customers/find-customers";
import { parseCustomerListParams } from "@/lib/customers/url-state";

export const metadata = { title: "Customers" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomersPage({ searchParams }: Props) {
  const user = await requirePagePermission("customers.read");
  const filter = parseCustomerListParams(await searchParams).data;
  const [rows, counts] = await Promise.all([findCustomers(filter), countCustomers(filter)]);

  return (
    <>
      <PageHeader
        title="Customers"
        description="One bank customer across InvestSuite, WiseAlpha and Cashlink: linked by the bank's customer number, or by a reviewer's decision."
        actions={
          hasPermission(user.role, "customers.link") && <HeaderLink href="/customers/review">Links to review ({counts.review})</HeaderLink>
        }
      />
      <FilterBar
        label="Customer filters"
        testId="customer-filters"
        fields={[
          { kind: "text", key: "q", label: "Name, e-mail, customer number or provider id", type: "search", maxLength: 200 },
          {
            kind: "select",
            key: "provider",
            label: "Provider",
            options: (Object.keys(PROVIDER_LABEL) as ProviderKey[]).map((p) => ({
              value: p,
              label: `${PROVIDER_LABEL[p]} (${counts.provider[p]})`,
            })),
          },
          {
            kind: "select",
            key: "kyc",
            label: "KYC",
            options: Object.entries(counts.kyc).map(([k, n]) => ({ value: k, label: `${KYC_LABEL[k]} (${n})` })),
          },
          { kind: "select", key: "work", label: "Work", options: [{ value: "open", label: `Has open work (${counts.openWork})` }] },
        ]}
      />
      <p className="mb-2 text-sm text-slate-600" data-testid="customer-count">
        {counts.total} customer(s)
      </p>
      <CustomersTable rows={rows} total={counts.total} />
    </>
  );
}
