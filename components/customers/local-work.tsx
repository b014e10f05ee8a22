import { DateTime } from "@/components/ui/date-time";
import Link from "next/link";

import { PanelSection } from "@/components/customers/provider-panels";
import type { CustomerDetail } from "@/lib/customers/get-customer";

type Detail = NonNullable<CustomerDetail>;

/** From our own tables: never missing when a provider is down. */
export function LocalWork({ detail }: { detail: Detail }) {
  return (
    <div className="grid gap-0 lg:grid-cols-3 lg:gap-4">
      <PanelSection id="withdrawals" title="Withdrawals">
        {detail.withdrawals.length === 0 ? (
          <p className="text-sm text-slate-600">None.</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {detail.withdrawals.map((w) => (
              <li key={w.id}>
                <Link href={`/withdrawals/${w.id}`} className="underline">
                  {w.isFull ? "Full withdrawal" : `${w.amount ?? "?"} ${w.currency}`}
                </Link>{" "}
                {w.state} · <DateTime value={w.createdAt} />
              </li>
            ))}
          </ul>
        )}
      </PanelSection>
      <PanelSection id="cases" title="Onboarding cases">
        {detail.cases.length === 0 ? (
          <p className="text-sm text-slate-600">None.</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {detail.cases.map((c) => (
              <li key={c.id}>
                <Link href={`/onboarding/cases/${c.id}`} className="underline">
                  {c.subjectType === "WISEALPHA_CUSTOMER" ? "WiseAlpha customer" : "Cashlink invitation"}
                </Link>{" "}
                {c.status}
              </li>
            ))}
          </ul>
        )}
      </PanelSection>
      <PanelSection id="open-orders" title="WiseAlpha open orders">
        {detail.openOrders.length === 0 ? (
          <p className="text-sm text-slate-600">None.</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {detail.openOrders.map((o) => (
              <li key={o.id}>
                {o.side} {o.amount} {o.currency} of {o.productId} at {o.price}% {o.state === "CONFIRM" ? "(waiting for confirmation)" : ""}
              </li>
            ))}
          </ul>
        )}
      </PanelSection>
    </div>
  );
}
