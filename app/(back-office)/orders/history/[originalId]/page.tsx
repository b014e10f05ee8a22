import { notFound } from "next/navigation";

import { BookEntries } from "@/components/orders/book-entries";
import { OrderChainTimeline } from "@/components/orders/order-chain";
import { Section } from "@/components/portfolios/detail/section";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getOrderChain } from "@/lib/orders/order-chain";
import { isPathId } from "@/lib/url-params";

export const metadata = { title: "Order history" };

type Props = { params: Promise<{ originalId: string }> };

/** One order from its first id: every id it had (confirms and remainders get new ids) and what happened to each. */
export default async function OrderHistoryPage({ params }: Props) {
  const user = await requirePagePermission("orders.read");
  const { originalId } = await params;
  if (!isPathId(originalId)) notFound();
  const chain = await getOrderChain(originalId);
  if (chain.orders.length === 0 && chain.events.length === 0) notFound();
  const first = chain.orders[0];

  return (
    <>
      <BackLink href={first ? `/orders/products/${encodeURIComponent(first.productId)}` : "/orders"}>
        {first ? `Order book ${first.productId}` : "Orders"}
      </BackLink>
      <PageHeader
        title={`Order ${originalId}`}
        description={
          first
            ? `${first.side === "BUY" ? "Buy" : "Sell"} · customer ${first.customerRef} · account ${first.accountRef} · ${first.productId}`
            : undefined
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Section title={`Ids in this chain (${chain.orders.length})`}>
          <BookEntries orders={chain.orders} canTrade={hasPermission(user.role, "orders.trade")} />
        </Section>
        <Section title="History">
          <OrderChainTimeline events={chain.events} />
        </Section>
      </div>
    </>
  );
}
