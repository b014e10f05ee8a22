import type { BankTransfer, Company, Order, Product, WaEvent } from "./market-types";

export type { BankTransfer, Company, Order, OrderState, Product, WaEvent } from "./market-types";

/**
 * The sandbox's persisted state. Everything the API serves is derived from this one
 * JSON-serialisable object, so a restart (loadState) resumes exactly where it left off.
 * Money and prices are decimal strings here too: they are only turned into Decimal
 * for arithmetic, never into floats.
 */

/** Every AML status a customer can have, in the order the AML process goes through them. */
export const AML_STATUSES = [
  "No Check Performed",
  "AML Check Pending",
  "Auto Check Failed",
  "Auto Check Passed",
  "AML Documents Provided",
  "AML Documents Verified",
] as const;
export type AmlStatus = (typeof AML_STATUSES)[number];

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
  /** The bank's customer number (sandbox extension, issue #14): set only on the overlay's persons. */
  external_id?: string;
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
  /** Notification settings; absent until first written (older state files lack it too). */
  notifications?: NotificationSettings;
  /** Explicit company-update subscriptions; held companies default to "subscribed". */
  company_subscriptions?: Record<string, "subscribed" | "unsubscribed">;
};

export type NotificationChoice = { ENABLED: "ON" | "OFF"; PERIOD?: string };
export type NotificationSettings = {
  push: Record<string, NotificationChoice>;
  email: Record<string, NotificationChoice>;
  devices: Record<string, { name: string; registrationId: string; enabled: boolean }>;
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
  /** Per-investment history (buys, sells, payments); absent in accounts that never traded. */
  investment_transactions?: InvestmentTransaction[];
};

export type InvestmentTransaction = {
  reference: string;
  product_id: string;
  created: string;
  transaction_type: "buy" | "sell" | "payment" | "repayment";
  principal: string;
  amount: string;
  currency: string;
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
