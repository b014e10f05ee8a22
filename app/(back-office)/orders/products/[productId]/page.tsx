import { enumWords } from "@/lib/format/enums";
import { notFound } from "next/navigation";

import { BookEntries } from "@/components/orders/book-entries";
import { BookFreshnessNote } from "@/components/orders/book-freshness";
import { DepthTable } from "@/components/orders/depth-table";
import { LiveRefresh } from "@/components/providers/live-refresh";
import { ProductExtras } from "@/components/wisealpha-accounts/product-extras";
import { BackLink } from "@/components/ui/back-link";
import { ProviderErrorPanel } from "@/components/ui/provider-error-panel";
import { Section } from "@/components/portfolios/detail/section";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatMoney } from "@/lib/format/money";
import { loadFormatPrefs } from "@/lib/users/format-prefs";
import { getBookVersion } from "@/lib/orders/book-version";
import { findBookDepth, findBookEntries, getBookFreshness } from "@/lib/orders/find-order-book";
import { findProduct } from "@/lib/orders/find-products";
import { MARKET_WORDS, PRODUCT_STATE_WORDS } from "@/lib/orders/words";
import { isPathId } from "@/lib/url-params";

export const metadata = { title: "Order book" };

type Props = { params: Promise<{ productId: string }> };

/** One product's order book from our projection; the product's own figures from WiseAlpha (the book shows even if that call fails). */
export default async function ProductBookPage({ params }: Props) {
  const user = await requirePagePermission("orders.read");
  const { productId } = await params;
  if (!isPathId(productId)) notFound();
  const [product, levels, orders, freshness, { version }] = await Promise.all([
    findProduct(productId),
    findBookDepth(productId),
    findBookEntries(productId),
    getBookFreshness(),
    getBookVersion({ productId }),
  ]);
  const p = product.kind === "found" ? product.value : null;
  const { locale } = await loadFormatPrefs();

  return (
    <>
      <BackLink href="/orders">Orders</BackLink>
      <PageHeader
        title={p ? `${p.company} · order book` : `Order book ${productId}`}
        description={
          p
            ? `${productId} · ${p.isin} · ${enumWords(p.marketType, MARKET_WORDS)} · ${enumWords(p.state, PRODUCT_STATE_WORDS).toLowerCase()} · buy ${p.buyPrice} / sell ${p.sellPrice} % of par · sell liquidity ${formatMoney(p.sellLiquidity, p.currency, { locale }) ?? `${p.sellLiquidity} ${p.currency}`} · coupon ${p.coupon}%`
            : productId
        }
      />
      {product.kind === "error" && (
        <ProviderErrorPanel
          provider="WiseAlpha"
          what="This product"
          error={product}
          retryHref={`/orders/products/${encodeURIComponent(productId)}`}
        />
      )}
      <LiveRefresh url={`/api/orders/book/version?product=${encodeURIComponent(productId)}`} version={version} intervalMs={1000} />
      <BookFreshnessNote freshness={freshness} now={new Date()} />
      <div className="flex flex-col gap-4">
        <Section title="Depth by price level">
          <DepthTable levels={levels} />
        </Section>
        <Section title={`Open orders (${orders.length})`}>
          <BookEntries orders={orders} canTrade={hasPermission(user.role, "orders.trade")} />
        </Section>
        <ProductExtras productId={productId} />
      </div>
    </>
  );
}
