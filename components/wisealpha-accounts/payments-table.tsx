"use client";

import { column, dateColumn, enumColumn, moneyColumn, numberColumn } from "@/components/ui/data-table/cells";
import { listTable } from "@/components/ui/data-table/list-table";
import { Money } from "@/components/ui/money";
import type { InvestmentPaymentRow } from "@/lib/wisealpha-accounts/account-overview";

const KIND_WORDS = { payment: "Coupon", repayment: "Repayment", partial_repayment: "Partial repayment" };

/** Coupons and repayments from WiseAlpha's investment.* events; the product or the customer column as the page needs. */
export const PaymentsTable = listTable<InvestmentPaymentRow, { show: "product" | "customer" }>({
  label: "Coupons and repayments",
  columns: ({ show }) => [
    dateColumn("occurredAt", "When", (r) => r.occurredAt),
    enumColumn("kind", "Kind", (r) => r.kind, { words: KIND_WORDS }),
    show === "product"
      ? column("product", "Bond", (r) => `${r.companyName} · ${r.productId}`)
      : column("customer", "Customer", (r) => r.customerRef),
    moneyColumn<InvestmentPaymentRow>("interest", "Interest (net)", (r) => r.interest),
    numberColumn("principal", "Principal repaid", (r) => (r.principal ? <Money amount={r.principal} currency={r.currency} /> : "—")),
    numberColumn("callPrice", "Call price", (r) => r.callPrice ?? "—"),
  ],
  toolbar: false,
  empty: "No coupon or repayment events recorded yet.",
  testId: "payments-table",
  rowTestId: "payment-row",
  rowAttributes: (r) => ({ "data-kind": r.kind, "data-product": r.productId }),
});
