import { DateTime } from "@/components/ui/date-time";
import Link from "next/link";

import { ItemList, PanelSection } from "@/components/customers/provider-panels";
import type { CustomerDetail } from "@/lib/customers/get-customer";

type Detail = NonNullable<CustomerDetail>;

/** From our own tables: never missing when a provider is down. */
export function LocalWork({ detail }: { detail: Detail }) {
  return (
    <div className="grid gap-0 lg:grid-cols-3 lg:gap-4">
      <PanelSection id="withdrawals" title="Withdrawals">
        <ItemList items={detail.withdrawals}>
          {(w) => (
            <>
              <Link href={`/withdrawals/${w.id}`} className="underline">
                {w.isFull ? "Full withdrawal" : `${w.amount ?? "?"} ${w.currency}`}
              </Link>{" "}
              {w.state} · <DateTime value={w.createdAt} />
            </>
          )}
        </ItemList>
      </PanelSection>
      <PanelSection id="cases" title="Onboarding cases">
        <ItemList items={detail.cases}>
          {(c) => (
            <>
              <Link href={`/onboarding/cases/${c.id}`} className="underline">
                {c.subjectType === "WISEALPHA_CUSTOMER" ? "WiseAlpha customer" : "Cashlink invitation"}
              </Link>{" "}
              {c.status}
            </>
          )}
        </ItemList>
      </PanelSection>
      <PanelSection id="open-orders" title="WiseAlpha open orders">
        <ItemList items={detail.openOrders}>
          {(o) => (
            <>
              {o.side} {o.amount} {o.currency} of {o.productId} at {o.price}% {o.state === "CONFIRM" ? "(waiting for confirmation)" : ""}
            </>
          )}
        </ItemList>
      </PanelSection>
    </div>
  );
}
