import Link from "next/link";

import { HoldingsTable } from "@/components/portfolios/detail/holdings-table";
import type { ProviderView } from "@/lib/withdrawals/get-withdrawal";

import { BalancesTable } from "./balances-table";

/** What the provider holds now, next to our request; a failed read shows the provider's message here and nothing else breaks. */
export function ProviderViewPanel({ view, portfolioRef }: { view: ProviderView; portfolioRef: string | null }) {
  if (view.kind === "none") return <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">{view.message}</p>;
  if (view.kind === "error")
    return (
      <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900" data-testid="provider-error">
        <p className="font-medium">The provider&apos;s view could not be loaded from {view.provider}.</p>
        <p className="mt-1">{view.message}</p>
      </div>
    );
  if (view.kind === "balance") return <WiseAlphaBalances view={view} />;
  return (
    <div className="flex flex-col gap-2" data-testid="provider-view">
      <p className="text-sm">
        InvestSuite portfolio{" "}
        {portfolioRef && (
          <Link href={`/portfolios/${encodeURIComponent(portfolioRef)}`} className="font-medium underline">
            {view.name}
          </Link>
        )}{" "}
        · status {view.status} · divest amount{" "}
        <span className="font-mono" data-testid="provider-divest-amount">
          {view.divestAmount}
        </span>
      </p>
      <HoldingsTable holdings={view.holdings} />
    </div>
  );
}

function WiseAlphaBalances({ view }: { view: Extract<ProviderView, { kind: "balance" }> }) {
  return (
    <div className="flex flex-col gap-2 text-sm" data-testid="provider-view">
      <p>
        WiseAlpha customer <span className="font-mono">{view.customerId}</span> · investment account{" "}
        <span className="font-mono">{view.accountId}</span> ·{" "}
        {view.canWithdraw ? "may withdraw" : <span className="text-red-800">may not withdraw now (WiseAlpha says: can withdraw, no)</span>}
      </p>
      <BalancesTable rows={view.balances} />
    </div>
  );
}
