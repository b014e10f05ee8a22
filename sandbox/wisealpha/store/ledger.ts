import Decimal from "decimal.js";

import { D, money } from "../domain/money";
import { nextId } from "./ids";
import type { InvestmentAccount, InvestmentTransaction, State, Transaction } from "./types";

/** Opens an investment account (one wallet per currency, starting at zero). */
export function openAccount(
  state: State,
  customerId: string,
  accountType: InvestmentAccount["account_type"],
  currency: string,
  created: string,
) {
  const account: InvestmentAccount = {
    id: nextId(state, "INVACC"),
    customer_id: customerId,
    account_type: accountType,
    created,
    currencies: [currency],
    balances: { [currency]: "0.00" },
    holdings: {},
    transactions: [],
  };
  state.accounts[account.id] = account;
  return account;
}

export function addCurrency(account: InvestmentAccount, currency: string) {
  if (!account.currencies.includes(currency)) account.currencies.push(currency);
  account.balances[currency] ??= "0.00";
}

export function balanceOf(account: InvestmentAccount, currency: string): Decimal {
  return D(account.balances[currency] ?? "0");
}

/**
 * Every wallet movement goes through here so the transactions list always explains
 * the balance (each row carries the balance after it, as the seed's example does).
 */
export function postTransaction(
  state: State,
  account: InvestmentAccount,
  currency: string,
  amount: Decimal,
  description: string,
  type: string,
  created: string,
): Transaction {
  addCurrency(account, currency);
  const balance = balanceOf(account, currency).add(amount);
  account.balances[currency] = money(balance);
  const transaction: Transaction = {
    created,
    reference: nextId(state, "TRANS"),
    balance: money(balance),
    amount: money(amount),
    currency,
    description,
    type,
  };
  account.transactions.push(transaction);
  return transaction;
}

export function accountsOf(state: State, customerId: string): InvestmentAccount[] {
  return Object.values(state.accounts).filter((a) => a.customer_id === customerId);
}

/** Records one step in the life of a holding, for the product transactions and activity feeds. */
export function recordInvestment(state: State, account: InvestmentAccount, entry: Omit<InvestmentTransaction, "reference">) {
  (account.investment_transactions ??= []).push({ reference: nextId(state, "INVTR"), ...entry });
}
