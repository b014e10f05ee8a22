"use client";

import { DataTable } from "@/components/ui/data-table/data-table";
import { moneyColumn } from "@/components/ui/data-table/cells";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DateTime } from "@/components/ui/date-time";
import { EnumText } from "@/components/ui/enum-text";
import { Money } from "@/components/ui/money";
import type { InvestmentPaymentRow } from "@/lib/wisealpha-accounts/account-overview";

const KIND_WORDS = { payment: "Coupon", repayment: "Repayment", partial_repayment: "Partial repayment" };

/** Coupons and repayments from WiseAlpha's investment.* events; the product or the customer column as the page needs. */
export function PaymentsTable({ rows, show }: { rows: InvestmentPaymentRow[]; show: "product" | "customer" }) {
  const columns: DataTableColumn<InvestmentPaymentRow>[] = [
    { id: "occurredAt", header: "When", cell: ({ row }) => <DateTime value={row.original.occurredAt} /> },
    { id: "kind", header: "Kind", cell: ({ row }) => <EnumText value={row.original.kind} words={KIND_WORDS} /> },
    show === "product"
      ? { id: "product", header: "Bond", cell: ({ row }) => `${row.original.companyName} · ${row.original.productId}` }
      : { id: "customer", header: "Customer", cell: ({ row }) => row.original.customerRef },
    moneyColumn<InvestmentPaymentRow>("interest", "Interest (net)", (r) => r.interest),
    {
      id: "principal",
      header: "Principal repaid",
      meta: { numeric: true },
      cell: ({ row }) => (row.original.principal ? <Money amount={row.original.principal} currency={row.original.currency} /> : "—"),
    },
    { id: "callPrice", header: "Call price", meta: { numeric: true }, cell: ({ row }) => row.original.callPrice ?? "—" },
  ];
  return (
    <DataTable
      label="Coupons and repayments"
      columns={columns}
      data={rows}
      toolbar={false}
      empty="No coupon or repayment events recorded yet."
      testId="payments-table"
      rowTestId="payment-row"
      rowAttributes={(r) => ({ "data-kind": r.kind, "data-product": r.productId })}
    />
  );
}
