import Link from "next/link";

import { OrdersToConfirm } from "@/components/orders/orders-to-confirm";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { findLostPlacements, findOrdersToConfirm } from "@/lib/orders/orders-to-confirm";
import { readParams } from "@/lib/url-params";

export const metadata = { title: "Orders to confirm" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const pageOf = (value: string | undefined) => Math.min(10_000, Math.max(1, Number.parseInt(value ?? "1", 10) || 1));

/** Cross-customer work lists of the order book: re-priced orders to confirm, and placements whose answer was lost. */
export default async function OrdersToConfirmPage({ searchParams }: Props) {
  const user = await requirePagePermission("orders.read");
  const params = readParams(await searchParams, ["view", "page"]);
  const lost = params.view === "lost";
  const page = pageOf(params.page);
  const canTrade = hasPermission(user.role, "orders.trade");
  const tabs = (
    <nav aria-label="Order work lists" className="mb-4 flex gap-2 text-sm">
      <Link href="/orders/to-confirm" aria-current={lost ? undefined : "page"} className={lost ? "underline" : "font-semibold"}>
        Re-priced, to confirm
      </Link>
      <span aria-hidden>·</span>
      <Link href="/orders/to-confirm?view=lost" aria-current={lost ? "page" : undefined} className={lost ? "font-semibold" : "underline"}>
        Placements to check at WiseAlpha
      </Link>
    </nav>
  );

  if (lost) {
    const { placements, total, pageCount } = await findLostPlacements(page);
    return (
      <>
        <PageHeader
          title="Orders to confirm"
          description="Placements sent to WiseAlpha whose answer was lost: check each at WiseAlpha from the customer's page before anything is sent again."
        />
        {tabs}
        <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm" data-testid="lost-placements">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
            <tr>
              <th className="px-3 py-2">Placement</th>
              <th className="px-3 py-2">Customer</th>
              <th className="px-3 py-2">Product</th>
              <th className="px-3 py-2">Side</th>
              <th className="px-3 py-2 text-right">Amount</th>
              <th className="px-3 py-2">Sent (UTC)</th>
            </tr>
          </thead>
          <tbody>
            {placements.map((p) => (
              <tr key={p.id} data-testid="placement-row" className="border-b border-slate-100 last:border-0">
                <td className="px-3 py-2 font-mono text-xs">{p.id}</td>
                <td className="px-3 py-2">
                  <Link className="underline" href={`/orders/customers/${encodeURIComponent(p.customerRef)}`}>
                    {p.customerRef}
                  </Link>
                </td>
                <td className="px-3 py-2 font-mono text-xs">{p.productId}</td>
                <td className="px-3 py-2">{p.side}</td>
                <td className="px-3 py-2 text-right font-mono">{p.amount}</td>
                <td className="px-3 py-2 font-mono text-xs">{p.sentAt.replace("T", " ").slice(0, 16)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {placements.length === 0 && <p className="mt-3 text-sm text-slate-600">No placement waits for a check.</p>}
        <Pager base="/orders/to-confirm" params={{ view: "lost" }} page={page} pageCount={pageCount} total={total} noun="placement(s)" />
      </>
    );
  }

  const { orders, total, pageCount } = await findOrdersToConfirm(page);
  return (
    <>
      <PageHeader
        title="Orders to confirm"
        description="Every customer's WiseAlpha orders suspended by a re-price, oldest first: confirm at the new price or cancel, one by one or the ticked ones."
      />
      {tabs}
      <p className="mb-2 text-sm" data-testid="orders-to-confirm-total">
        <strong>{total}</strong> order(s) wait for a decision.
      </p>
      <OrdersToConfirm orders={orders} canTrade={canTrade} />
      <Pager base="/orders/to-confirm" params={{}} page={page} pageCount={pageCount} total={total} noun="order(s)" />
    </>
  );
}
