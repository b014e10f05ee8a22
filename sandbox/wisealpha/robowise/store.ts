import Decimal from "decimal.js";

import { D, money } from "../domain/money";
import { nextId } from "../store/ids";
import type { State } from "../store/types";
import { findRiskProfile, profileAttributes, riskProfileJson, type Modifiers } from "./profiles";

/**
 * Robowise sub-accounts live beside the state's other records (state.robowise), created on
 * first use so older state files load unchanged. The sandbox's robowise holds cash only:
 * `ideals` shows what it would buy, but no bond is bought, so fund/withdraw/close are exact.
 */
export type RobowiseState = "opening" | "open" | "closing" | "closed";
export type RobowiseAccount = {
  reference: string;
  customer_id: string;
  account_id: string;
  name: string;
  created: string;
  currency: string;
  risk_profile_id: string;
  modifiers: Modifiers;
  reinvest_payments: boolean;
  state: RobowiseState;
  balance: string;
  withdrawal: { type: "all" | "some" | "none"; amount: string };
  closure_type?: "transfer_to_parent" | "liquidate";
  /** Principal per product moved in from the parent (Account Product Transfer). */
  holdings?: Record<string, string>;
};

type WithRobowise = State & { robowise?: Record<string, RobowiseAccount> };

/**
 * The first read seeds one open portfolio on the seed examples' account (INVACC00000001), so a
 * fresh sandbox has a portfolio to show. Its cash is its own: the parent's balance is untouched.
 */
export function robowiseAccounts(state: State): Record<string, RobowiseAccount> {
  const s = state as WithRobowise;
  if (s.robowise) return s.robowise;
  s.robowise = {};
  const parent = state.accounts.INVACC00000001;
  if (parent) {
    const seeded = createRobowise(state, {
      customer_id: parent.customer_id,
      account_id: parent.id,
      name: "Nest Egg",
      created: parent.created,
      currency: "GBP",
      risk_profile_id: "RWRP00000002",
      modifiers: { excluded_industries: [], excluded_companies: [] },
      reinvest_payments: true,
    });
    seeded.balance = "2500.00";
    settleState(seeded);
  }
  return s.robowise;
}

/** Seed: "opening … does not have enough funds to start invested (min GBP/EUR 90)". */
export const MIN_TO_OPEN = D(90);

export const SUGGESTED_NAMES = ["Rainy Day", "Nest Egg", "Retirement", "House Deposit", "Holiday Fund", "Growth Pot"];

const STATUS_TEXT: Record<RobowiseState, string> = {
  opening: "Waiting for at least 90.00 to start investing.",
  open: "Robowise is managing this portfolio.",
  closing: "Closing: no new purchases are made.",
  closed: "Closed. Kept for reporting.",
};

export function createRobowise(state: State, input: Omit<RobowiseAccount, "reference" | "state" | "balance" | "withdrawal">) {
  const account: RobowiseAccount = {
    ...input,
    reference: nextId(state, "RWACC"),
    state: "opening",
    balance: "0.00",
    withdrawal: { type: "none", amount: "0.00" },
  };
  ((state as WithRobowise).robowise ??= {})[account.reference] = account;
  return account;
}

/** After any cash movement: opening ⇄ open by the minimum; closing/closed stay. */
export function settleState(account: RobowiseAccount) {
  if (account.state === "opening" || account.state === "open")
    account.state = D(account.balance).greaterThanOrEqualTo(MIN_TO_OPEN) ? "open" : "opening";
}

export function robowiseJson(state: State, account: RobowiseAccount, expand: string[]) {
  const profile = findRiskProfile(account.risk_profile_id)!;
  const attributes = profileAttributes(state, account.currency, profile, account.modifiers);
  const industries = new Set(
    attributes.candidate_bonds.map((b) => state.companies[b.company_id]?.industry.key).filter((k): k is string => !!k),
  );
  // Transferred bonds count at today's bid price, as the parent's holdings do.
  const value = Object.entries(account.holdings ?? {}).reduce(
    (sum, [productId, principal]) =>
      sum.add(
        D(principal)
          .mul(state.products[productId]?.sell_price ?? 100)
          .div(100),
      ),
    D(account.balance),
  );
  return {
    name: account.name,
    reference: account.reference,
    created: account.created,
    parameters: {
      currency: account.currency,
      risk_profile: riskProfileJson(state, account.currency, profile),
      risk_profile_id: account.risk_profile_id,
      profile_modifiers: account.modifiers,
      reinvest_payments: account.reinvest_payments,
    },
    status: { state: account.state, description: STATUS_TEXT[account.state] },
    withdrawal_behavior: account.withdrawal,
    metadata: { industry_count: account.state === "open" ? industries.size : 0 },
    ...(expand.includes("balance") ? { balance: { amount: account.balance, currency: account.currency } } : {}),
    ...(expand.includes("performance")
      ? {
          performance: {
            currency: account.currency,
            summaries: {
              open: { count_of_positions: 0, principal: "0.00", portfolio_value: money(value), interest_accrued: "0.00" },
              closed: { count_of_positions: 0, principal: "0.00", portfolio_value: "0.00", interest_accrued: "0.00" },
            },
          },
        }
      : {}),
    ...(expand.includes("ideals")
      ? {
          ideals: attributes.candidate_bonds.map((b) => {
            const ideal = value.mul(b.weight).toDecimalPlaces(2, Decimal.ROUND_DOWN);
            // WiseAlpha's minimum investment is £1 of principal: smaller ideals are not bought.
            const wanted = ideal.lessThan(1) ? D(0) : ideal;
            const held = D(account.holdings?.[b.product_id] ?? 0);
            return {
              product_id: b.product_id,
              company_id: b.company_id,
              industry: state.companies[b.company_id]?.industry.key ?? "",
              ideal: money(ideal),
              wanted: money(wanted),
              held: money(held),
              to_acquire: money(wanted.sub(held)),
              reason: wanted.isZero() ? "Below the minimum investment size." : "Target weighting for this risk profile.",
              performance: null,
            };
          }),
        }
      : {}),
  };
}
