import Decimal from "decimal.js";

/** What WiseAlpha says about the customer, account and balance, read just before queueing. */
export type WiseAlphaWithdrawalFacts = {
  canWithdraw: boolean;
  accountCurrencies: readonly string[];
  /** Uninvested cash in the currency (null: the account has no balance in it). */
  balance: string | null;
  /** What our own not-yet-paid WiseAlpha requests on this account and currency already ask for. */
  reserved: string;
};

export type WiseAlphaRefusal = { field: "customerId" | "accountId" | "currency" | "amount"; message: string };

/**
 * The rules a WiseAlpha withdrawal must pass before it is queued, with no I/O so each is
 * unit tested. Requests already queued count against the balance: two requests of 600
 * on 1,000 must not both be approved only for the second payout to bounce.
 */
export function checkWiseAlphaWithdrawal(facts: WiseAlphaWithdrawalFacts, currency: string, amount: string): WiseAlphaRefusal | null {
  if (!facts.canWithdraw)
    return {
      field: "customerId",
      message:
        "WiseAlpha does not allow withdrawals for this customer at the moment (can_withdraw is false: a compliance block or an outstanding document).",
    };
  if (!facts.accountCurrencies.map((c) => c.toUpperCase()).includes(currency))
    return {
      field: "currency",
      message: `This account holds no ${currency}; it holds ${facts.accountCurrencies.join(", ") || "no currency"}.`,
    };
  const balance = new Decimal(facts.balance ?? "0");
  const reserved = new Decimal(facts.reserved);
  const available = Decimal.max(balance.minus(reserved), 0);
  if (new Decimal(amount).greaterThan(available)) {
    const queued = reserved.isZero()
      ? ""
      : ` (${balance.toFixed(2)} ${currency} cash, of which ${reserved.toFixed(2)} ${currency} is already queued for withdrawal)`;
    return {
      field: "amount",
      message: `Only ${available.toFixed(2)} ${currency} is available to withdraw${queued}; ${new Decimal(amount).toFixed(2)} ${currency} was asked for.`,
    };
  }
  return null;
}
