import { BookFreshnessNote } from "@/components/orders/book-freshness";
import { CustomerLookup } from "@/components/orders/customer-lookup";
import { FilteredRows } from "@/components/lists/filtered-rows";
import { PRODUCT_FILTER_FIELDS } from "@/components/orders/product-filters";
import { ProductsTable } from "@/components/orders/products-table";
import { ProviderErrorPanel } from "@/components/ui/provider-error-panel";
import { FilterIgnoredAlert } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { FilterBar } from "@/components/ui/filter-bar";
import { presentValues } from "@/lib/url-params";
import { readListFilter } from "@/lib/validations/list-filter";
import { loadProductList } from "@/lib/orders/url-state";
import { requirePagePermission } from "@/lib/auth/session";
import { countLiveOrdersByProduct, getBookFreshness } from "@/lib/orders/find-order-book";
import { findProducts, loadFromProvider } from "@/lib/orders/find-products";
import { productFilterSchema } from "@/lib/validations/orders";

export const metadata = { title: "Orders" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrdersPage({ searchParams }: Props) {
  await requirePagePermission("orders.read");
  const params = presentValues(await loadProductList(searchParams));
  const { filter, kept, error } = readListFilter(productFilterSchema, params);
  const [products, counts, freshness] = await Promise.all([
    loadFromProvider("products", () => findProducts(filter)),
    countLiveOrdersByProduct(),
    getBookFreshness(),
  ]);

  return (
    <>
      <PageHeader
        title="Orders"
        description="WiseAlpha's bond market and the open buy and sell orders of our customers. Open a product for its order book, or a customer for their orders, cash and holdings."
        actions={<CustomerLookup />}
      />
      <BookFreshnessNote freshness={freshness} now={new Date()} />
      <FilterBar label="Product filters" fields={PRODUCT_FILTER_FIELDS} />
      <FilterIgnoredAlert error={error} />
      {products.kind === "found" ? (
        <FilteredRows keys={PRODUCT_FILTER_FIELDS.map((f) => f.key)} applied={params}>
          <ProductsTable rows={products.value} counts={Object.fromEntries(counts)} />
        </FilteredRows>
      ) : (
        <ProviderErrorPanel
          provider="WiseAlpha"
          what="The product list"
          error={products}
          retryHref={`/orders?${new URLSearchParams(kept).toString()}`}
        />
      )}
    </>
  );
}
