import { z } from "zod";

import {
  WA_FUND_METHODS,
  waBalanceListSchema,
  waBalanceSchema,
  waFundResultSchema,
  waInvestmentAccountPageSchema,
  waInvestmentAccountSchema,
  waPaymentMethodListSchema,
  waTransactionPageSchema,
  type WiseAlphaBalance,
  type WiseAlphaTransaction,
} from "./account-schemas";
import { offsetPages, seg, type Call, type PageOptions } from "./call";
import { customerPath } from "./client-customers";
import { sameDecimal } from "./transform";

export type AccountRef = { customerId: string; accountId: string };
export type BalanceRef = AccountRef & { currency: string };

/** Cash amounts go out as decimal strings with at most 2 places, as WiseAlpha validates them. */
const cashAmount = z.string().regex(/^\d+(\.\d{1,2})?$/, "a positive amount with at most 2 decimal places");
const withdrawKey = z.string().trim().min(1, "an idempotency key derived from our withdrawal record is required");

export type WithdrawInput = BalanceRef & {
  amount: string;
  /**
   * Required, derived from our own record (e.g. the withdrawal request id). WiseAlpha has no
   * idempotency header (the seed documents none), so this key does not travel: it guards
   * this process against sending the same withdrawal twice, and names the attempt in logs.
   */
  idempotencyKey: string;
};
export type WithdrawResult = { balance: WiseAlphaBalance; idempotencyKey: string; replayed: boolean };

/** Withdrawals we remember as sent, per key (bounded: a long-running worker must not grow without end). */
const MAX_REMEMBERED = 1_000;

const WITHDRAW_REFUSALS = {
  403: "WiseAlpha does not allow withdrawals for this customer at the moment (can_withdraw is false: a compliance block or an outstanding document). Nothing was withdrawn.",
  422: "WiseAlpha refused the withdrawal: the account's available cash is less than the amount. Nothing was withdrawn.",
  400: "WiseAlpha refused the withdrawal request (for example, no bank details for this currency). Nothing was withdrawn.",
};

/** Investment accounts, balances, cash transactions, fund and withdraw. */
export function accountMethods(call: Call) {
  const base = ({ customerId, accountId }: AccountRef) => `/customers/${customerPath(customerId)}/investment-accounts/${seg(accountId)}`;
  const balancePath = (ref: BalanceRef) => `${base(ref)}/balances/${seg(ref.currency.toUpperCase())}`;
  const listTransactions = async (ref: BalanceRef, page: PageOptions = {}) =>
    call({ path: `${balancePath(ref)}/transactions/`, query: { offset: page.offset, limit: page.limit }, schema: waTransactionPageSchema });
  const iterateTransactions = (ref: BalanceRef) => offsetPages((page) => listTransactions(ref, page));

  const sent = new Map<string, { fingerprint: string; result: Promise<WiseAlphaBalance> }>();

  return {
    listInvestmentAccounts: async (customerId: string) => {
      const accounts = [];
      const path = `/customers/${customerPath(customerId)}/investment-accounts/`;
      for await (const account of offsetPages((page) => call({ path, query: page, schema: waInvestmentAccountPageSchema })))
        accounts.push(account);
      return accounts;
    },
    getInvestmentAccount: async (ref: AccountRef) => call({ path: `${base(ref)}/`, schema: waInvestmentAccountSchema }),
    getBalances: async (ref: AccountRef) => call({ path: `${base(ref)}/balances/`, schema: waBalanceListSchema }),
    getBalance: async (ref: BalanceRef) => call({ path: `${balancePath(ref)}/`, schema: waBalanceSchema }),
    getPaymentMethods: async (ref: BalanceRef) =>
      call({ path: `${balancePath(ref)}/available-payment-methods/`, schema: waPaymentMethodListSchema }),
    listTransactions,
    /** Oldest first, one page of 100 at a time. */
    iterateTransactions,

    /**
     * Starts a payment; the money arrives later (account.bank-transfer-credited, matched on
     * wisealpha_reference). Sent once: a lost answer may still have created a transfer request.
     */
    fund: async (ref: BalanceRef & { amount: string; method: (typeof WA_FUND_METHODS)[number]; extra?: Record<string, string> }) =>
      call({
        method: "POST",
        path: `${balancePath(ref)}/fund/`,
        body: { ...ref.extra, amount: cashAmount.parse(ref.amount), method: z.enum(WA_FUND_METHODS).parse(ref.method) },
        schema: waFundResultSchema,
        refusals: { 403: "WiseAlpha does not accept deposits for this customer until onboarding is complete (can_invest is false)." },
      }),

    /**
     * Withdraws to the customer's registered bank account. Never retried: a timeout or 5xx
     * leaves the outcome unknown (the ProviderError says so and is not retryable). Before
     * sending again after such an error, the caller must look with `findWithdrawal`.
     * Concurrent or repeated calls with the same key in this process get the first answer.
     */
    withdraw: async (input: WithdrawInput): Promise<WithdrawResult> => {
      const idempotencyKey = withdrawKey.parse(input.idempotencyKey);
      const amount = cashAmount.parse(input.amount);
      const fingerprint = `${input.customerId}|${input.accountId}|${input.currency.toUpperCase()}|${amount}`;
      const previous = sent.get(idempotencyKey);
      if (previous && previous.fingerprint !== fingerprint)
        throw new Error(`WiseAlpha withdraw: key ${idempotencyKey} was already used for another withdrawal`);
      if (previous) return { balance: await previous.result, idempotencyKey, replayed: true };

      const result = call({
        method: "POST",
        path: `${balancePath(input)}/withdraw/`,
        body: { amount },
        schema: waBalanceSchema,
        refusals: WITHDRAW_REFUSALS,
      });
      sent.set(idempotencyKey, { fingerprint, result });
      if (sent.size > MAX_REMEMBERED) sent.delete(sent.keys().next().value as string);
      try {
        return { balance: await result, idempotencyKey, replayed: false };
      } catch (error) {
        // Forget failures: whether to send again is the caller's decision, after findWithdrawal.
        sent.delete(idempotencyKey);
        throw error;
      }
    },

    /**
     * The reconciliation step for a withdrawal whose answer was lost: the first Withdrawal
     * transaction of exactly -amount at or after `since` (take `since` from just before the send).
     * WiseAlpha's withdraw carries no reference of ours, so amount and time are what match.
     * `exclude`: transaction references already matched to other withdrawals of ours, so two
     * payouts of the same amount are never both attributed to one transaction.
     */
    findWithdrawal: async (
      ref: BalanceRef & { amount: string; since: Date | string; exclude?: ReadonlySet<string> },
    ): Promise<WiseAlphaTransaction | null> => {
      const since = new Date(ref.since).getTime();
      const negated = `-${cashAmount.parse(ref.amount)}`;
      for await (const transaction of iterateTransactions(ref)) {
        if (ref.exclude?.has(transaction.reference)) continue;
        if (/withdraw/i.test(transaction.type) && sameDecimal(transaction.amount, negated) && Date.parse(transaction.created) >= since)
          return transaction;
      }
      return null;
    },
  };
}
