import Link from "next/link";
import type { ReactNode } from "react";

import { PortfoliosTable } from "@/components/customers/portfolios-table";
import { ProviderErrorPanel } from "@/components/ui/provider-error-panel";
import type { CashlinkPanel, InvestSuitePortfolio, Panel, WiseAlphaPanel } from "@/lib/customers/provider-panels";

/** One titled panel of the customer page (`ms`: how long its provider took to answer, when one did). */
export function PanelSection({
  id,
  title,
  ms,
  testId = `panel-${id}`,
  children,
}: {
  id: string;
  title: string;
  ms?: number;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-6 rounded-lg border border-slate-200 bg-white p-4" data-testid={testId}>
      <h2 id={`${id}-heading`} className="mb-3 flex items-baseline gap-2 text-base font-semibold">
        {title}
        {ms !== undefined && <span className="text-xs font-normal text-slate-600">answered in {ms} ms</span>}
      </h2>
      {children}
    </section>
  );
}

function Missing<T>({
  panel,
  provider,
  what,
  retryHref,
  children,
}: {
  panel: Panel<T> | null;
  provider: "InvestSuite" | "WiseAlpha" | "Cashlink";
  what: string;
  retryHref: string;
  children: (data: T) => ReactNode;
}) {
  if (!panel) return <p className="text-sm text-slate-600">Not a {provider} customer.</p>;
  if (!panel.ok) return <ProviderErrorPanel provider={provider} what={what} message={panel.error} retryHref={retryHref} retryable />;
  return <>{children(panel.data)}</>;
}

export function InvestSuitePanel({ panel, retryHref }: { panel: Panel<InvestSuitePortfolio[]> | null; retryHref: string }) {
  return (
    <PanelSection id="investsuite" title="InvestSuite portfolios" ms={panel?.ms}>
      <Missing panel={panel} provider="InvestSuite" what="The portfolios" retryHref={retryHref}>
        {(rows) => <PortfoliosTable rows={rows} />}
      </Missing>
    </PanelSection>
  );
}

export function WiseAlphaPanelView({
  panel,
  retryHref,
  customerRef,
}: {
  panel: Panel<WiseAlphaPanel> | null;
  retryHref: string;
  customerRef: string | null;
}) {
  return (
    <PanelSection id="wisealpha" title="WiseAlpha accounts" ms={panel?.ms}>
      <Missing panel={panel} provider="WiseAlpha" what="The accounts, balances and holdings" retryHref={retryHref}>
        {(data) => (
          <div className="flex flex-col gap-3 text-sm">
            <p>
              <Link href={`/orders/customers/${customerRef}`} className="underline">
                Orders and trading for {data.name}
              </Link>
            </p>
            {data.accounts.map((a) => (
              <div key={a.id}>
                <p className="font-medium">
                  {a.type} account <span className="font-mono text-xs">{a.id}</span>
                </p>
                <p>Balances: {a.balances.map((b) => `${b.amount} ${b.currency}`).join("; ") || "—"}</p>
                <p>Holdings value: {a.summaries.map((s) => `${s.value} ${s.currency} (${s.positions} positions)`).join("; ") || "—"}</p>
                {a.holdings.length > 0 && (
                  <ul className="ml-4 list-disc">
                    {a.holdings.map((h) => (
                      <li key={h.productId}>
                        {h.productId}: principal {h.principal} {h.currency}, value {h.value} {h.currency}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </div>
        )}
      </Missing>
    </PanelSection>
  );
}

/** A panel's records, a line each, or "None.". */
export function ItemList<T extends { id: string }>({
  items,
  className = "flex flex-col gap-1 text-sm",
  children,
}: {
  items: T[];
  className?: string;
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return <p className="text-sm text-slate-600">None.</p>;
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.id}>{children(item)}</li>
      ))}
    </ul>
  );
}

/** A titled list of a panel's records. */
function ShortList<T extends { id: string }>({ title, items, children }: { title: string; items: T[]; children: (item: T) => ReactNode }) {
  return (
    <div>
      <h3 className="mb-1 font-medium">{title}</h3>
      <ItemList items={items} className="flex flex-col gap-1">
        {children}
      </ItemList>
    </div>
  );
}

export function CashlinkPanelView({ panel, retryHref }: { panel: Panel<CashlinkPanel> | null; retryHref: string }) {
  return (
    <PanelSection id="cashlink" title="Cashlink invitations and investments" ms={panel?.ms}>
      <Missing panel={panel} provider="Cashlink" what="The invitations and investments" retryHref={retryHref}>
        {(data) => (
          <div className="grid gap-4 text-sm md:grid-cols-2">
            <ShortList title="Invitations" items={data.invitations}>
              {(i) => (
                <>
                  <Link href={`/onboarding/invitations/${i.id}`} className="underline">
                    {i.units} units
                  </Link>{" "}
                  {i.investmentId ? "invested" : i.missing > 0 ? `${i.missing} requirement(s) missing` : "complete"}
                </>
              )}
            </ShortList>
            <ShortList title="Investments" items={data.investments}>
              {(i) => `${i.status}: ${i.units} units${i.amount ? ` (${i.amount})` : ""}`}
            </ShortList>
          </div>
        )}
      </Missing>
    </PanelSection>
  );
}
