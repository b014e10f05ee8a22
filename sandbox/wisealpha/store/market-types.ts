/**
 * Persisted shapes for the market side of the state: bonds, issuers, orders, events and
 * pending transfers. Decimal strings throughout, like the rest of the state.
 */

export type Product = {
  product_id: string;
  state: "open" | "closed" | "suspended" | "repaid" | "defaulted" | "exchanged";
  market_type: "main_market" | "high_yield" | "perpetuals" | "special_situations";
  asset_security: string;
  isin_code: string;
  currency: string;
  buy_price: string;
  sell_price: string;
  maturity: string;
  interest_period: string;
  next_interest_payment: string;
  coupon: string;
  call_schedule: { date: string; price: string }[];
  yield_to_maturity: string;
  current_yield: string;
  rating_moodys: string | null;
  rating_fitch: string | null;
  rating_sandp: string | null;
  /** Interest accrued per unit of principal; a decimal string so quotes stay exact. */
  accrued_interest_rate: string;
  zero_interest_fees: boolean;
  company_id: string;
  pending_liquidity: { settlement_date: string; pending_amount: string }[];
};

export type Company = {
  company_id: string;
  company_name: string;
  industry: { key: string; name: string };
  description: string;
  website: string;
  formation_date: string;
  country_of_origin: string;
  ownership_status: string;
  senior_debt: number;
  junior_debt: number;
  equity: number;
};

export type OrderState = "open" | "confirm" | "filled" | "cancelled" | "replaced";

export type Order = {
  id: string;
  original_id: string;
  side: "buy" | "sell";
  /** null = WiseAlpha's own market liquidity (no customer, no events). */
  account_id: string | null;
  customer_id: string | null;
  product_id: string;
  type: "gross" | "principal" | null;
  state: OrderState;
  currency: string;
  /** Buys: money still to spend (reserved from the wallet). Sells: principal still to sell. */
  amount: string;
  /** Principal buys: principal still to buy. */
  principal: string | null;
  price: string;
  created: string;
  /** Figures carried across id changes so the -order.filled event can report the whole order. */
  amount_requested: string;
  amount_filled: string;
  cash_received: string;
};

export type WaEvent = {
  id: string;
  created: string;
  event_type: string;
  customer_id: string;
  data: Record<string, unknown>;
};

export type BankTransfer = {
  wisealpha_reference: string;
  customer_id: string;
  account_id: string;
  currency: string;
  amount: string;
  bank_reference: string;
  method: string;
  state: "pending" | "credited";
  created: string;
};
