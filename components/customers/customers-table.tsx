"use client";

import { KYC_LABEL, kycTone, PROVIDER_LABEL, type ProviderKey } from "@/components/customers/provider-words";
import { Badge } from "@/components/ui/badge";
import { column, linkColumn, monoColumn, numberColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { listTable } from "@/components/ui/data-table/list-table";
import type { CustomerListRow } from "@/lib/customers/find-customers";

// Columns hold functions, which cannot cross from the server page: this table is a client component.
const columns: DataTableColumn<CustomerListRow>[] = [
  linkColumn("name", "Customer", (c) => ({ href: `/customers/${c.id}`, label: c.displayName || "(no name)" }), {
    className: "font-medium underline",
  }),
  monoColumn("number", "Customer number", (c) => c.customerNumber ?? "—"),
  column("email", "E-mail", (c) => c.email ?? "—"),
  column("providers", "Providers", (c) => (
    <span className="flex flex-wrap gap-1">
      {c.providers.map((p) => (
        <Badge key={p} tone="info">
          {PROVIDER_LABEL[p as ProviderKey] ?? p}
        </Badge>
      ))}
    </span>
  )),
  column("kyc", "KYC", (c) => <Badge tone={kycTone(c.kycState)}>{KYC_LABEL[c.kycState] ?? c.kycState}</Badge>),
  numberColumn("openWork", "Open work", (c) => c.openWork || "—"),
];

export const CustomersTable = listTable<CustomerListRow>({
  label: "Customers",
  columns,
  empty: "No customer matches these filters.",
  testId: "customers-table",
  rowTestId: "customer-row",
  pagerNoun: "customer(s)",
});
