import type { FastifyInstance } from "fastify";

import { badRequest, notFound } from "../http/errors";
import { body, params, routes } from "../http/route";
import { D, money, parseDecimal } from "../domain/money";
import { addCurrency, balanceOf } from "../store/ledger";
import { nextId } from "../store/ids";
import { timestamp, type Runtime } from "../store/runtime";
import type { InvestmentAccount, Transaction } from "../store/types";

/**
 * Ledger drift controls (issue 15): cash moved behind the back office's back, none with an
 * event. A balance set without a transaction breaks "balance = sum of transactions"; the
 * transaction controls keep that sum right (the balance moves with them) and change what
 * the Withdrawal transactions say instead.
 */
export function ledgerDriftControls(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);
  const currencyOf = (raw: unknown) => String(raw ?? "GBP").toUpperCase();

  function findTransaction(reference: string): { account: InvestmentAccount; index: number; transaction: Transaction } | null {
    for (const account of Object.values(rt.state.accounts)) {
      const index = account.transactions.findIndex((t) => t.reference === reference);
      if (index >= 0) return { account, index, transaction: account.transactions[index]! };
    }
    return null;
  }

  // POST /__sandbox/drift/accounts/:account_id/balances/:currency {"amount": "2500.00"} - set the balance, no transaction
  r.post("/__sandbox/drift/accounts/:account_id/balances/:currency", async (request, reply) => {
    const account = rt.state.accounts[params(request).account_id ?? ""];
    if (!account) return notFound(reply);
    const amount = parseDecimal(body(request).amount);
    if (amount === null) return badRequest(reply, { amount: ["A valid number is required."] });
    const currency = currencyOf(params(request).currency);
    addCurrency(account, currency);
    const previous = account.balances[currency];
    account.balances[currency] = money(amount);
    rt.markDirty();
    return { account_id: account.id, currency, previous_amount: previous, amount: account.balances[currency] };
  });

  // POST /__sandbox/drift/accounts/:account_id/transactions {"currency", "amount": "-50.00", "type"?: "Withdrawal", "reference"?, "created"?}
  // - post a cash transaction (the balance moves with it); with a reference and created, puts a removed one back in its place
  r.post("/__sandbox/drift/accounts/:account_id/transactions", async (request, reply) => {
    const account = rt.state.accounts[params(request).account_id ?? ""];
    if (!account) return notFound(reply);
    const input = body(request);
    const amount = parseDecimal(input.amount);
    if (amount === null) return badRequest(reply, { amount: ["A valid number is required."] });
    const reference = input.reference === undefined ? nextId(rt.state, "TRANS") : String(input.reference);
    if (findTransaction(reference)) return badRequest(reply, { reference: ["A transaction with this reference exists."] });
    const currency = currencyOf(input.currency);
    addCurrency(account, currency);
    const balance = balanceOf(account, currency).add(amount);
    account.balances[currency] = money(balance);
    const type = input.type === undefined ? "Withdrawal" : String(input.type);
    const transaction: Transaction = {
      created: input.created === undefined ? timestamp(rt.now()) : String(input.created),
      reference,
      balance: money(balance),
      amount: money(amount),
      currency,
      description: input.description === undefined ? `${type} (sandbox drift control)` : String(input.description),
      type,
    };
    const at = Date.parse(transaction.created);
    const later = account.transactions.findIndex((t) => Date.parse(t.created) > at);
    account.transactions.splice(later < 0 ? account.transactions.length : later, 0, transaction);
    rt.markDirty();
    return transaction;
  });

  // POST /__sandbox/drift/transactions/:reference {"amount": "-45.00"} - change a transaction's amount (the balance moves by the difference)
  r.post("/__sandbox/drift/transactions/:reference", async (request, reply) => {
    const found = findTransaction(params(request).reference ?? "");
    if (!found) return notFound(reply);
    const amount = parseDecimal(body(request).amount);
    if (amount === null) return badRequest(reply, { amount: ["A valid number is required."] });
    const { account, transaction } = found;
    const previous = transaction.amount;
    account.balances[transaction.currency] = money(balanceOf(account, transaction.currency).add(amount.sub(D(previous))));
    transaction.amount = money(amount);
    rt.markDirty();
    return { ...transaction, previous_amount: previous };
  });

  // POST /__sandbox/drift/transactions/:reference/remove - remove a transaction (its amount goes back on the balance)
  r.post("/__sandbox/drift/transactions/:reference/remove", async (request, reply) => {
    const found = findTransaction(params(request).reference ?? "");
    if (!found) return notFound(reply);
    const { account, index, transaction } = found;
    account.transactions.splice(index, 1);
    account.balances[transaction.currency] = money(balanceOf(account, transaction.currency).sub(D(transaction.amount)));
    rt.markDirty();
    return { account_id: account.id, ...transaction };
  });
}
