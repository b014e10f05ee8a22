import "server-only";

import { getWiseAlphaClient } from "@/lib/providers/server-clients";

/** One customer at WiseAlpha: profile flags, and per investment account its balances, holdings summary and holdings. */
export async function loadCustomerAccounts(customerRef: string) {
  const client = getWiseAlphaClient();
  const [customer, accounts] = await Promise.all([client.getCustomer(customerRef), client.listInvestmentAccounts(customerRef)]);
  const detailed = await Promise.all(
    accounts.map(async (account) => {
      const ref = { customerId: customerRef, accountId: account.id };
      const [balances, summaries, holdings] = await Promise.all([
        client.getBalances(ref),
        client.getHoldingsSummary(ref),
        client.listHoldings(ref),
      ]);
      return {
        id: account.id,
        type: account.account_type,
        currencies: account.currencies,
        balances,
        summaries: summaries.map((s) => ({
          currency: s.currency,
          positions: String(s.summaries.open.count_of_positions ?? "0"),
          principal: String(s.summaries.open.principal ?? "0.00"),
          value: String(s.summaries.open.portfolio_value ?? "0.00"),
          interestAccrued: String(s.summaries.open.interest_accrued ?? "0.00"),
        })),
        holdings: holdings
          .filter((h) => h.open)
          .map((h) => ({
            productId: h.reference,
            currency: h.product.currency,
            principal: String(h.open?.principal ?? "0.00"),
            value: String(h.open?.portfolio_value ?? "0.00"),
          })),
      };
    }),
  );
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email;
  return { customerRef, name, email: customer.email, validation: customer.validation, accounts: detailed };
}
export type CustomerAccounts = Awaited<ReturnType<typeof loadCustomerAccounts>>;
