import Decimal from "decimal.js";

import { BALANCES_CHECK } from "../check-names";
import { forEachLimited } from "../concurrency";
import { needsTransactions, wiseAlphaAccounts, wiseAlphaBalanceList, wiseAlphaCustomers, wiseAlphaTransactions } from "../shared-reads";
import type { Finding, ReconciliationCheck } from "../types";

const CONCURRENCY = 4;

/**
 * WiseAlpha account balances against the sum of the account's cash transactions, per
 * currency: every movement of uninvested cash is a transaction (deposits, purchases, sales,
 * withdrawals), so a balance the transactions do not explain is money that moved without a
 * record. Per customer one account list, per account one balances read, per currency the
 * transaction pages (not for a zero balance of a customer WiseAlpha has not passed AML: such
 * an account was never funded, see needsTransactions). The customer list, account lists,
 * balances and transactions are shared with the run's other WiseAlpha checks
 * (shared-reads.ts). Amounts are decimal.js, never floats.
 */
export const wiseAlphaBalances: ReconciliationCheck = {
  name: BALANCES_CHECK,
  provider: "WISEALPHA",
  async run({ clients, shared }) {
    const wa = clients.wiseAlpha;
    const customers = await wiseAlphaCustomers(shared, wa);
    let checked = customers.length;
    const findings: Finding[] = [];
    await forEachLimited(customers, CONCURRENCY, async (customer) => {
      const customerId = customer.customer_id;
      for (const account of await wiseAlphaAccounts(shared, wa, customerId)) {
        checked += 1;
        const stated = await wiseAlphaBalanceList(shared, wa, { customerId, accountId: account.id });
        if (!stated) continue; // the account went away between the two reads: the next run sees what is left
        const balances = new Map(stated.map((b) => [b.currency.toUpperCase(), new Decimal(b.amount)]));
        const currencies = new Set([...balances.keys(), ...account.currencies.map((c) => c.toUpperCase())]);
        for (const currency of currencies) {
          checked += 1;
          if (!needsTransactions(customer, balances.get(currency)?.toFixed() ?? "0")) continue;
          const transactions = await wiseAlphaTransactions(shared, wa, { customerId, accountId: account.id, currency });
          const sum = transactions.reduce((total, t) => total.add(t.amount), new Decimal(0));
          const balance = balances.get(currency) ?? new Decimal(0);
          if (sum.equals(balance)) continue;
          findings.push({
            objectType: "balance",
            objectRef: `${account.id}/${currency}`,
            kind: "balance_differs_from_transactions",
            summary: `WiseAlpha states a ${currency} balance of ${balance.toFixed(2)}; its transactions add up to ${sum.toFixed(2)}.`,
            ours: { customer: customerId, sum_of_transactions: sum.toFixed(), transactions: transactions.length, currency },
            theirs: { balance: balance.toFixed(), currency, difference: balance.sub(sum).toFixed() },
          });
        }
      }
    });
    return { objectsChecked: checked, findings };
  },
};
