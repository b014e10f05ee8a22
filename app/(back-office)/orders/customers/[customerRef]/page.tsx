import { enumWords } from "@/lib/format/enums";
import { notFound } from "next/navigation";

import { AccountPanels } from "@/components/orders/account-panels";
import { BookFreshnessNote } from "@/components/orders/book-freshness";
import { CustomerOrders } from "@/components/orders/customer-orders";
import { CustomerAccounts } from "@/components/wisealpha-accounts/customer-accounts";
import { PlaceOrderForm } from "@/components/orders/place-order-form";
import { LiveRefresh } from "@/components/providers/live-refresh";
import { BackLink } from "@/components/ui/back-link";
import { ProviderErrorPanel } from "@/components/ui/provider-error-panel";
import { Section } from "@/components/portfolios/detail/section";
import { CustomerLink } from "@/components/customers/customer-link";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getBookVersion } from "@/lib/orders/book-version";
import { loadCustomerAccounts } from "@/lib/orders/customer-view";
import { findCustomerEntries, getBookFreshness } from "@/lib/orders/find-order-book";
import { findProducts, loadFromProvider } from "@/lib/orders/find-products";
import { ACCESS_FLAG_KEYS, ACCESS_FLAGS, VALIDATION_STATUS_WORDS } from "@/lib/onboarding/words";
import { WISEALPHA_CUSTOMER_ID } from "@/lib/url-params";

export const metadata = { title: "Customer orders" };

type Props = { params: Promise<{ customerRef: string }> };

/** A customer's live orders (our book), and their cash and holdings (WiseAlpha, one customer: a few calls). */
export default async function CustomerOrdersPage({ params }: Props) {
  const user = await requirePagePermission("orders.read");
  const { customerRef } = await params;
  if (!WISEALPHA_CUSTOMER_ID.test(customerRef)) notFound();
  const canTrade = hasPermission(user.role, "orders.trade");
  const [customer, orders, freshness, products, { version }] = await Promise.all([
    loadFromProvider("customer", () => loadCustomerAccounts(customerRef)),
    findCustomerEntries(customerRef),
    getBookFreshness(),
    canTrade ? loadFromProvider("products", () => findProducts({ sort: "company", q: undefined })) : null,
    getBookVersion({ customerRef }),
  ]);
  const c = customer.kind === "found" ? customer.value : null;
  const v = c?.validation;

  return (
    <>
      <BackLink href="/orders">Orders</BackLink>
      <PageHeader
        title={c ? `${c.name} · ${customerRef}` : `Customer ${customerRef}`}
        description={
          v
            ? `${enumWords(v.status, VALIDATION_STATUS_WORDS)} · may ${
                ACCESS_FLAG_KEYS.filter((k) => v[k])
                  .map((k) => ACCESS_FLAGS[k].toLowerCase())
                  .join(", ") || "do nothing yet"
              }`
            : undefined
        }
      />
      <CustomerLink provider="WISEALPHA" providerId={customerRef} />
      {customer.kind === "error" && (
        <ProviderErrorPanel provider="WiseAlpha" what="This customer" error={customer} retryHref={`/orders/customers/${customerRef}`} />
      )}
      <LiveRefresh url={`/api/orders/book/version?customer=${customerRef}`} version={version} intervalMs={1000} />
      <BookFreshnessNote freshness={freshness} now={new Date()} />
      <div className="flex flex-col gap-4">
        <Section title={`Open orders (${orders.length})`}>
          <CustomerOrders customerRef={customerRef} orders={orders} canTrade={canTrade} />
        </Section>
        {c && (
          <Section title="Cash and holdings">
            <AccountPanels accounts={c.accounts} />
          </Section>
        )}
        {c && <CustomerAccounts user={user} customerRef={customerRef} accountIds={c.accounts.map((a) => a.id)} />}
        {canTrade && c && c.accounts.length > 0 && (
          <Section title="Place an order">
            {products?.kind === "found" ? (
              <PlaceOrderForm
                customerRef={customerRef}
                accounts={c.accounts.map((a) => ({ id: a.id, currencies: a.currencies }))}
                products={products.value}
              />
            ) : (
              <ProviderErrorPanel
                provider="WiseAlpha"
                what="The product list"
                message={products?.kind === "error" ? products.message : ""}
                retryable
                retryHref={`/orders/customers/${customerRef}`}
              />
            )}
          </Section>
        )}
      </div>
    </>
  );
}
