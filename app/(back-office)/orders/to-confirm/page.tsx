import Link from "next/link";
import type { ReactNode } from "react";
import type { SearchParams } from "nuqs/server";

import { LostPlacements } from "@/components/orders/lost-placements";
import { OrdersToConfirm } from "@/components/orders/orders-to-confirm";
import { safePage, safePageSize } from "@/components/ui/data-table/url-state";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { findLostPlacements, findOrdersToConfirm } from "@/lib/orders/orders-to-confirm";
import { loadToConfirmSearchParams } from "@/lib/orders/to-confirm-url-state";
import { cn } from "@/lib/utils";

export const metadata = { title: "Orders to confirm" };

const CONFIRM_WORDS =
  "Every customer's WiseAlpha orders suspended by a re-price, oldest first: confirm at the new price or cancel, one by one or the ticked ones.";
const LOST_WORDS =
  "Placements sent to WiseAlpha whose answer was lost: check each at WiseAlpha from the customer's page before anything is sent again.";

/** Cross-customer work lists of the order book: re-priced orders to confirm, and placements whose answer was lost. */
export default async function OrdersToConfirmPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("orders.read");
  const params = await loadToConfirmSearchParams(searchParams);
  const lost = params.view === "lost";
  const page = safePage(params.page);
  const size = safePageSize(params.size);
  const tab = (on: boolean) =>
    cn("rounded-md border px-3 py-1.5", on ? "border-slate-900 font-semibold" : "border-slate-200 hover:border-slate-400");
  const tabs = (
    <nav aria-label="Order work lists" className="mb-4 flex gap-2 text-sm">
      <Link href="/orders/to-confirm" aria-current={lost ? undefined : "page"} className={tab(!lost)}>
        Re-priced, to confirm
      </Link>
      <Link href="/orders/to-confirm?view=lost" aria-current={lost ? "page" : undefined} className={tab(lost)}>
        Placements to check at WiseAlpha
      </Link>
    </nav>
  );

  let list: ReactNode;
  if (lost) {
    const { placements, total } = await findLostPlacements(page, size);
    list = <LostPlacements rows={placements} total={total} />;
  } else {
    const { orders, total } = await findOrdersToConfirm(page, size);
    list = <OrdersToConfirm orders={orders} total={total} canTrade={hasPermission(user.role, "orders.trade")} />;
  }
  return (
    <>
      <PageHeader title="Orders to confirm" description={lost ? LOST_WORDS : CONFIRM_WORDS} />
      {tabs}
      {list}
    </>
  );
}
