/**
 * The sandbox's persisted state. Everything the API serves is derived from this one
 * JSON-serialisable object, so a restart (loadState) resumes exactly where it left off.
 * Money and prices are decimal strings here too: they are only turned into Decimal
 * for arithmetic, never into floats.
 */

export type AmlStatus =
  | "No Check Performed"
  | "AML Check Pending"
  | "Auto Check Failed"
  | "Auto Check Passed"
  | "AML Documents Provided"
  | "AML Documents Verified";

export type Address = {
  flat_or_apartment_number: string | null;
  house_name: string | null;
  house_number: string | null;
  address1: string;
  address2: string | null;
  address3: string;
  address4: string | null;
  post_code: string;
  country: string | null;
  from_date: string | null;
  to_date: string | null;
};

export type BankAccount = { account_name: string; sort_code: string; account_number: string; country_code: string };

export type UploadedDocument = {
  status: "provided" | "approved" | "rejected";
  original_file_name: string;
  content_type: string;
  size: number;
  uploaded: string;
  rejection_reason?: string;
};

export type QuestionnaireProgress = { failed: number; passed: boolean };

export type InvestorTypeSummary = Record<string, string | number | boolean | null>;

export type UserAgreement = { reference: string; choices: { reference: string; text: string }[]; decision: string };

export type Customer = {
  customer_id: string;
  /** "super" = managed by the super account's key; "self" = the individual account behind the individual key. */
  owner: "super" | "self";
  email: string;
  title: string | null;
  first_name: string;
  last_name: string;
  contact_number: string | null;
  nationality: string | null;
  date_of_birth: string | null;
  date_joined: string;
  address: Address | null;
  previous_addresses: Address[];
  /** Raw bank details per currency; only `provided`/`last_error` is ever served. */
  bank_details: Record<string, BankAccount>;
  bank_errors: Record<string, string>;
  tax_residencies: { country: string; tax_identification_number: string }[];
  investor_type: InvestorTypeSummary | null;
  /** A second change_investor_type waits here for manual approval (202). */
  pending_investor_type: InvestorTypeSummary | null;
  user_agreement: Record<string, UserAgreement>;
  tos_acceptance: { date: string; ip_address: string } | Record<string, never>;
  ifisa_agreement_acceptance: { date: string; ip_address: string } | null;
  aml_status: AmlStatus;
  documents: Record<string, UploadedDocument>;
  /** Non-AML documents WiseAlpha has asked for (e.g. bank_statement:GBP), with the reason. */
  requested_documents: Record<string, { request_reason: string }>;
  questionnaires: Record<string, QuestionnaireProgress>;
  /** Compliance clearance that perpetuals / special situations need on top of the questionnaire. */
  market_access: { perpetuals: boolean; special_situations: boolean };
  withdrawal_blocked: boolean;
};

export type Transaction = {
  created: string;
  reference: string;
  balance: string;
  amount: string;
  currency: string;
  description: string;
  type: string;
};

export type Holding = {
  product_id: string;
  /** Principal owned, including any part offered in open sell orders. */
  principal: string;
  /** Principal currently offered in open sell orders (cannot be sold twice). */
  locked: string;
  cost: string;
  sold_principal: string;
  sale_proceeds: string;
  created: string;
};

export type InvestmentAccount = {
  id: string;
  customer_id: string;
  account_type: "individual" | "ifisa" | "corporate" | "sipp";
  created: string;
  currencies: string[];
  balances: Record<string, string>;
  holdings: Record<string, Holding>;
  transactions: Transaction[];
};

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

export type State = {
  version: 1;
  counters: Record<string, number>;
  customers: Record<string, Customer>;
  accounts: Record<string, InvestmentAccount>;
  products: Record<string, Product>;
  companies: Record<string, Company>;
  orders: Record<string, Order>;
  events: WaEvent[];
  transfers: Record<string, BankTransfer>;
};
