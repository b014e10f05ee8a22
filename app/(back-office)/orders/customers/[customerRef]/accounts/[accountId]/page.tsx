import { notFound } from "next/navigation";
import type { SearchParams } from "nuqs/server";

import { Section } from "@/components/portfolios/detail/section";
import { BackLink } from "@/components/ui/back-link";
import { FilterBar } from "@/components/ui/filter-bar";
import { choices, selectFilter, textFilter } from "@/components/ui/filter-field-builders";
import { Money } from "@/components/ui/money";
import { PageHeader } from "@/components/ui/page-header";
import { ProviderErrorPanel } from "@/components/ui/provider-error-panel";
import { safePage, safePageSize } from "@/components/ui/data-table/url-state";
import { LedgerTable } from "@/components/wisealpha-accounts/ledger-table";
import { PaymentsTable } from "@/components/wisealpha-accounts/payments-table";
import { ReportLinks } from "@/components/wisealpha-accounts/report-links";
import { FundInstructionsForm, TransferDetails } from "@/components/wisealpha-accounts/fund-instructions";
import { NewRobowiseForm } from "@/components/wisealpha-accounts/robowise-parameters-form";
import { RobowiseTable } from "@/components/wisealpha-accounts/robowise-table";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { loadFromProvider } from "@/lib/orders/find-products";
import { WISEALPHA_CUSTOMER_ID } from "@/lib/url-params";
import { findInvestmentPayments, loadAccountOverview } from "@/lib/wisealpha-accounts/account-overview";
import { findLedgerRows } from "@/lib/wisealpha-accounts/ledger";
import { loadLedgerSearchParams } from "@/lib/wisealpha-accounts/url-state";
import { findLastFundInstructions, loadPaymentMethods, loadRobowiseOptions } from "@/lib/wisealpha-accounts/robowise-writes";

export const metadata = { title: "Investment account" };

type Props = { params: Promise<{ customerRef: string; accountId: string }>; searchParams: Promise<SearchParams> };

/** One WiseAlpha investment account: cash ledger (filters in the URL, CSV), coupons and repayments, reports, robowise. */
export default async function AccountPage({ params, searchParams }: Props) {
  const user = await requirePagePermission("orders.read");
  const { customerRef, accountId } = await params;
  if (!WISEALPHA_CUSTOMER_ID.test(customerRef) || !/^[A-Z]+\d+$/.test(accountId)) notFound();
  const filters = await loadLedgerSearchParams(searchParams);
  const page = safePage(filters.page);
  const size = safePageSize(filters.size);
  const ref = { customerId: customerRef, accountId };
  const basePath = `/orders/customers/${customerRef}/accounts/${accountId}`;

  const overview = await loadFromProvider("account", () => loadAccountOverview(customerRef, accountId));
  const account = overview.kind === "found" ? overview.value : null;
  // Robowise and funding are trading decisions (orders.trade, checked again in each action).
  const canTrade = hasPermission(user.role, "orders.trade");
  const [ledger, payments, methods, robowiseOptions, lastInstructions] = await Promise.all([
    account ? loadFromProvider("ledger", () => findLedgerRows(ref, account.currencies, filters)) : null,
    findInvestmentPayments({ customerRef }),
    account ? loadFromProvider("payment methods", () => loadPaymentMethods(customerRef, accountId, account.currencies)) : null,
    // Seed: robowise is only offered for GBP investment accounts.
    account && canTrade && account.currencies.includes("GBP") ? loadFromProvider("robowise options", () => loadRobowiseOptions()) : null,
    findLastFundInstructions(customerRef, accountId),
  ]);
  const rows = ledger?.kind === "found" ? ledger.value : [];
  const exportQuery = new URLSearchParams({ customer: customerRef, account: accountId });
  for (const key of ["currency", "type", "direction", "from", "to"] as const) if (filters[key]) exportQuery.set(key, filters[key]!);

  return (
    <>
      <BackLink href={`/orders/customers/${customerRef}`}>{`Customer ${customerRef}`}</BackLink>
      <PageHeader
        title={`Account ${accountId}`}
        description={account ? `${account.type} account · ${account.currencies.join(", ")}` : `Customer ${customerRef}`}
      />
      {overview.kind === "error" && <ProviderErrorPanel provider="WiseAlpha" what="This account" error={overview} retryHref={basePath} />}
      {account && (
        <div className="flex flex-col gap-4">
          <Section title="Cash">
            <ul className="flex flex-wrap gap-6 text-sm" data-testid="account-balances">
              {account.balances.map((b) => (
                <li key={b.currency}>
                  <span className="text-slate-600">{b.currency} available </span>
                  <Money amount={b.amount} currency={b.currency} />
                </li>
              ))}
            </ul>
          </Section>
          <Section
            title="Ledger"
            actions={
              <a className="text-sm underline" href={`/api/wisealpha/ledger?${exportQuery}`} download>
                Download CSV
              </a>
            }
          >
            <FilterBar
              label="Ledger filters"
              fields={[
                selectFilter(
                  "currency",
                  "Currency",
                  account.currencies.map((c) => ({ value: c, label: c })),
                ),
                textFilter("type", "Type or description", { placeholder: "Interest", maxLength: 80 }),
                selectFilter("direction", "Direction", choices({ in: "Money in", out: "Money out" })),
                { kind: "datetime", key: "from", label: "From" },
                { kind: "datetime", key: "to", label: "To" },
              ]}
            />
            <LedgerTable
              rows={rows.slice((page - 1) * size, page * size)}
              total={rows.length}
              error={ledger?.kind === "error" ? { message: ledger.message, retryHref: basePath } : undefined}
            />
          </Section>
          <Section title={`Coupons and repayments (${payments.length})`}>
            <p className="mb-2 text-xs text-slate-600">
              From WiseAlpha&apos;s investment events for customer {customerRef} (the events name no account).
            </p>
            <PaymentsTable rows={payments} show="product" />
          </Section>
          <Section title="Reports">
            <ReportLinks customerRef={customerRef} accountId={accountId} reports={account.reports} />
          </Section>
          <Section title="Fund instructions">
            {methods?.kind === "found" ? (
              <FundInstructionsForm customerRef={customerRef} accountId={accountId} methods={methods.value} canRequest={canTrade} />
            ) : (
              <p className="text-sm text-red-800">
                {methods?.kind === "error" ? methods.message : "WiseAlpha's payment methods are not available."}
              </p>
            )}
            {lastInstructions && (
              <div className="mt-3">
                <h3 className="mb-1 text-xs font-medium text-slate-700">Last bank transfer details issued</h3>
                <TransferDetails details={lastInstructions} />
              </div>
            )}
          </Section>
          <Section title={`Robowise portfolios (${account.robowise.length})`}>
            <RobowiseTable rows={account.robowise} basePath={basePath} />
            {robowiseOptions?.kind === "found" && (
              <div className="mt-3">
                <NewRobowiseForm customerRef={customerRef} accountId={accountId} options={robowiseOptions.value} />
              </div>
            )}
            {robowiseOptions?.kind === "error" && <p className="mt-2 text-sm text-red-800">{robowiseOptions.message}</p>}
          </Section>
        </div>
      )}
    </>
  );
}
