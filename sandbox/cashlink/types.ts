/**
 * Persisted Cashlink sandbox state. Field names follow the Investment Platform API
 * wire format (snake_case) so records can be returned with little mapping.
 */

/** Cashlink money triple: `amount` is a string of minor units with `decimals` places. */
export type Money = { amount: string; decimals: number; currency: string };

export const INVESTMENT_STATUSES = [
  "KYC_PENDING",
  "REVIEW_PENDING",
  "WAITING_FOR_ACCEPTANCE",
  "ACCEPTED",
  "PAID",
  "DELIVERED",
  "KYC_INSUFFICIENT",
  "ABORTION",
  "REJECTION",
  "CANCELLATION",
  "PAYMENT_MISSING",
] as const;
export type InvestmentStatus = (typeof INVESTMENT_STATUSES)[number];

export const SURVEY_WAIVERS = ["NO_ANSWERS", "NEGATIVE_RESULT"] as const;
export type SurveyWaiver = (typeof SURVEY_WAIVERS)[number];

export type Campaign = {
  id: string;
  product_id: string;
  name: string;
  /** Price of one unit as a decimal string in `currency`. */
  unit_price: string;
  currency: string;
  min_units: number;
  max_units: number;
  created_at: string;
};

export type Identification = {
  id: string;
  document_type: string;
  document_id: string;
  document_issuer?: string;
  document_valid_from?: string;
  document_valid_to?: string;
  identity_provider: string;
  legitimation_process_id?: string;
  legitimation_protocol_id?: string;
  verified_at: string;
};

export type Investor = {
  id: string;
  /** The bank's customer number (sandbox extension, issue #14): set only on the overlay's persons. */
  external_id?: string;
  natural_person: Record<string, unknown> | null;
  legal_person: Record<string, unknown> | null;
  bank_account: Record<string, unknown> | null;
  tax_information: Record<string, unknown> | null;
  /** Write-only on the real API, so it is stored but never serialized. */
  is_beneficiary: boolean;
  pep_status: string | null;
  account_setup_accepted_at: string | null;
  communication: { email?: string; email_confirmed?: boolean } | null;
  identifications: Identification[];
  created_at: string;
};

export type WalletType = "eth-generic" | "eth-managed";

export type Wallet = {
  id: string;
  investor_id: string;
  type: WalletType;
  address: string;
  receiving_enabled: boolean;
  created_at: string;
};

export type SurveyAnswer = { question_id: string; answer: boolean };

export type Invitation = {
  id: string;
  investor_id: string;
  campaign_id: string;
  units: number;
  self_disclosure_submitted_at: string | null;
  self_disclosure_monthly_income: boolean | null;
  self_disclosure_net_worth_100k: boolean | null;
  survey_submitted_at: string | null;
  survey: SurveyAnswer[] | null;
  survey_waiver: SurveyWaiver | null;
  /** The costs document is produced asynchronously; null until the first read after a change. */
  costs_document: { id: string; created_at: string } | null;
  costs_document_pending: boolean;
  investment_id: string | null;
  created_at: string;
  updated_at: string;
};

export type Investment = {
  id: string;
  investor_id: string;
  campaign_id: string;
  invitation_id: string | null;
  units: number;
  signed_at: string;
  accepted_at: string | null;
  paid_at: string | null;
  delivered_at: string | null;
  wallet: string | null;
  status: InvestmentStatus;
  status_changed_at: string;
  created_at: string;
  updated_at: string;
};

/** A stored response for one (client, X-Idempotency-Key) pair. */
export type IdempotencyEntry = {
  fingerprint: string;
  status: number;
  body: unknown;
  created_at: string;
};

export type CashlinkState = {
  version: 1;
  campaigns: Campaign[];
  investors: Investor[];
  wallets: Wallet[];
  invitations: Invitation[];
  investments: Investment[];
  idempotency: Record<string, IdempotencyEntry>;
};
