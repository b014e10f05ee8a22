"use client";

import Link from "next/link";

import { KYC_LABEL, kycTone, PROVIDER_LABEL, type ProviderKey } from "@/components/customers/provider-words";
import { Badge } from "@/components/ui/badge";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { listTable } from "@/components/ui/data-table/list-table";
import type { CustomerListRow } from "@/lib/customers/find-customers";

// Columns hold functions, which cannot cross from the server page: this table is a client component.
const columns: DataTableColumn<CustomerListRow>[] = [
  {
    id: "name",
    header: "Customer",
    cell: ({ row }) => (
      <Link href={`/customers/${row.original.id}`} className="font-medium underline">
        {row.original.displayName || "(no name)"}
      </Link>
    ),
  },
  {
    id: "number",
    header: "Customer number",
    cell: ({ row }) => <span className="font-mono text-xs">{row.original.customerNumber ?? "—"}</span>,
  },
  { id: "email", header: "E-mail", cell: ({ row }) => row.original.email ?? "—" },
  {
    id: "providers",
    header: "Providers",
    cell: ({ row }) => (
      <span className="flex flex-wrap gap-1">
        {row.original.providers.map((p) => (
          <Badge key={p} tone="info">
            {PROVIDER_LABEL[p as ProviderKey] ?? p}
          </Badge>
        ))}
      </span>
    ),
  },
  {
    id: "kyc",
    header: "KYC",
    cell: ({ row }) => <Badge tone={kycTone(row.original.kycState)}>{KYC_LABEL[row.original.kycState] ?? row.original.kycState}</Badge>,
  },
  { id: "openWork", header: "Open work", meta: { numeric: true }, cell: ({ row }) => row.original.openWork || "—" },
];

export const CustomersTable = listTable<CustomerListRow>({
  label: "Customers",
  columns,
  empty: "No customer matches these filters.",
  testId: "customers-table",
  rowTestId: "customer-row",
  pagerNoun: "customer(s)",
});
