import { Section } from "@/components/portfolios/detail/section";
import { ProviderErrorPanel } from "@/components/ui/provider-error-panel";
import { loadFromProvider } from "@/lib/orders/find-products";
import { findInvestmentPayments } from "@/lib/wisealpha-accounts/account-overview";
import { loadProductCompanyUpdates } from "@/lib/wisealpha-accounts/company-updates";

import { CompanyUpdatesTable } from "./company-updates-table";
import { PaymentsTable } from "./payments-table";

/** The product page's WiseAlpha extras (#16): coupons and repayments paid on it, and its issuer's company updates. */
export async function ProductExtras({ productId }: { productId: string }) {
  const [payments, updates] = await Promise.all([
    findInvestmentPayments({ productId }),
    loadFromProvider("company updates", () => loadProductCompanyUpdates(productId)),
  ]);
  return (
    <>
      <Section title={`Coupons and repayments (${payments.length})`}>
        <PaymentsTable rows={payments} show="customer" />
      </Section>
      <Section
        title={updates.kind === "found" ? `Company updates: ${updates.value.companyName} (${updates.value.total})` : "Company updates"}
      >
        {updates.kind === "found" ? (
          <CompanyUpdatesTable rows={updates.value.updates} />
        ) : (
          <ProviderErrorPanel
            provider="WiseAlpha"
            what="The company updates"
            error={updates}
            retryHref={`/orders/products/${encodeURIComponent(productId)}`}
          />
        )}
      </Section>
    </>
  );
}
