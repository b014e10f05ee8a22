import { notFound } from "next/navigation";

import { Row, Section } from "@/components/portfolios/detail/section";
import { BackLink } from "@/components/ui/back-link";
import { Money } from "@/components/ui/money";
import { PageHeader } from "@/components/ui/page-header";
import { ProviderErrorPanel } from "@/components/ui/provider-error-panel";
import { AllocationTable } from "@/components/wisealpha-accounts/allocation-table";
import { CloseRobowise } from "@/components/wisealpha-accounts/close-robowise";
import { FundRobowiseForm, WithdrawRobowiseForm } from "@/components/wisealpha-accounts/robowise-money-forms";
import { EditRobowiseForm } from "@/components/wisealpha-accounts/robowise-parameters-form";
import { RobowiseStateBadge } from "@/components/wisealpha-accounts/robowise-table";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { loadFromProvider } from "@/lib/orders/find-products";
import { WISEALPHA_CUSTOMER_ID } from "@/lib/url-params";
import { loadRobowisePortfolio } from "@/lib/wisealpha-accounts/robowise-view";
import { loadRobowiseOptions } from "@/lib/wisealpha-accounts/robowise-writes";

export const metadata = { title: "Robowise portfolio" };

type Props = { params: Promise<{ customerRef: string; accountId: string; robowiseId: string }> };

/** One robowise portfolio: status, parameters, cash and value, and the allocation robowise aims for. */
export default async function RobowisePage({ params }: Props) {
  const user = await requirePagePermission("orders.read");
  const { customerRef, accountId, robowiseId } = await params;
  if (!WISEALPHA_CUSTOMER_ID.test(customerRef) || !/^[A-Z]+\d+$/.test(accountId) || !/^[A-Z]+\d+$/.test(robowiseId)) notFound();
  const accountPath = `/orders/customers/${customerRef}/accounts/${accountId}`;
  const loaded = await loadFromProvider("robowise", () => loadRobowisePortfolio(customerRef, accountId, robowiseId));
  const p = loaded.kind === "found" ? loaded.value : null;
  // Changing, funding and withdrawing are trading decisions (orders.trade, checked again in each action); not once it is closing.
  const canChange = hasPermission(user.role, "orders.trade") && (p?.state === "open" || p?.state === "opening");
  const options = canChange ? await loadFromProvider("robowise options", () => loadRobowiseOptions(p!.parameters.riskProfileId)) : null;
  const target = { customerRef, accountId, robowiseId, name: p?.name ?? robowiseId, currency: p?.currency ?? "GBP" };

  return (
    <>
      <BackLink href={accountPath}>{`Account ${accountId}`}</BackLink>
      <PageHeader
        title={p ? `Robowise: ${p.name}` : `Robowise ${robowiseId}`}
        description={p ? `${p.reference} · ${p.stateText}` : undefined}
      />
      {loaded.kind === "error" && (
        <ProviderErrorPanel
          provider="WiseAlpha"
          what="This robowise portfolio"
          error={loaded}
          retryHref={`${accountPath}/robowise/${robowiseId}`}
        />
      )}
      {p && (
        <div className="grid gap-4 md:grid-cols-2">
          <Section
            title="Status and value"
            actions={
              canChange ? (
                <CloseRobowise customerRef={customerRef} accountId={accountId} robowiseId={robowiseId} name={p.name} />
              ) : undefined
            }
          >
            <dl data-testid="robowise-summary">
              <Row label="State">
                <RobowiseStateBadge state={p.state} />
              </Row>
              <Row label="Value">
                <Money amount={p.value} currency={p.currency} />
              </Row>
              <Row label="Cash">
                <Money amount={p.cash} currency={p.currency} />
              </Row>
              <Row label="Withdrawal set">
                {p.withdrawal.type === "none" ? "None" : <Money amount={p.withdrawal.amount} currency={p.currency} />}
              </Row>
              <Row label="Industries invested">{p.industryCount}</Row>
            </dl>
          </Section>
          <Section title="Parameters">
            <dl>
              <Row label="Risk profile">{p.riskProfile}</Row>
              <Row label="Projected return">{p.projectedReturn ? `${p.projectedReturn}%` : "—"}</Row>
              <Row label="Reinvests payments">{p.reinvestPayments ? "Yes" : "No, paid to the parent account"}</Row>
              <Row label="Excluded industries">{p.excludedIndustries.join(", ") || "None"}</Row>
              <Row label="Excluded companies">{p.excludedCompanies.join(", ") || "None"}</Row>
            </dl>
            <p className="mt-2 text-xs text-slate-600">{p.riskDescription}</p>
            {options?.kind === "found" && (
              <div className="mt-3">
                <EditRobowiseForm
                  customerRef={customerRef}
                  accountId={accountId}
                  robowiseId={robowiseId}
                  options={options.value}
                  current={p.parameters}
                />
              </div>
            )}
          </Section>
          {canChange && (
            <Section title="Move money" className="md:col-span-2">
              <div className="grid gap-6 md:grid-cols-2">
                <FundRobowiseForm {...target} parentCash={p.parentCash} />
                <WithdrawRobowiseForm {...target} pending={p.withdrawal} />
              </div>
            </Section>
          )}
          <Section title={`Allocation (${p.allocation.length} bonds)`} className="md:col-span-2">
            <AllocationTable rows={p.allocation} currency={p.currency} />
          </Section>
        </div>
      )}
    </>
  );
}
