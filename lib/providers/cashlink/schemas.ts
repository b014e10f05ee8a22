import { z } from "zod";

/**
 * Cashlink Investment Platform API wire format (snake_case, as sent). Sources: the
 * "create an investment" guide (seed 003) and provider-apis.md §3. Cashlink publishes
 * no full reference, so: fields the guide or docs name are required; fields we only
 * infer are optional, so an undocumented difference does not make every call fail.
 */

const datetime = z.iso.datetime({ offset: true });

// ---- OAuth -------------------------------------------------------------------------

/** Only access_token is documented; expires_in is standard OAuth (RFC 6749 §5.1) but optional. */
export const cashlinkTokenSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.coerce.number().positive().optional(),
  scope: z.string().optional(),
});
export type CashlinkToken = z.infer<typeof cashlinkTokenSchema>;

export const CASHLINK_SCOPES = ["investors:read", "investors:write", "investments:read", "investments:write", "documents:write"] as const;

// ---- Shared ------------------------------------------------------------------------

/** `{"amount": "1100000", "decimals": 3, "currency": "EUR"}`: amount is a string of minor units, never a float. */
export const cashlinkMoneySchema = z.object({
  amount: z.string().regex(/^-?\d+$/, "minor units as an integer string"),
  decimals: z.number().int().min(0).max(18),
  currency: z.string().length(3),
});
export type CashlinkMoney = z.infer<typeof cashlinkMoneySchema>;

/** DRF page-number envelope, oldest first. */
export function cashlinkPageSchema<TItem extends z.ZodType>(item: TItem) {
  return z.object({
    count: z.number().int().min(0),
    next: z.string().nullable(),
    previous: z.string().nullable(),
    results: z.array(item),
  });
}

// ---- Campaigns ---------------------------------------------------------------------

export const cashlinkCampaignSchema = z.object({
  id: z.string(),
  product_id: z.string().nullish(),
  name: z.string().nullish(),
  unit_price: cashlinkMoneySchema.nullish(),
  min_units: z.number().int().nullish(),
  max_units: z.number().int().nullish(),
  created_at: datetime.nullish(),
});
export type CashlinkCampaign = z.infer<typeof cashlinkCampaignSchema>;
export const cashlinkCampaignPageSchema = cashlinkPageSchema(cashlinkCampaignSchema);

// ---- Investors and wallets -----------------------------------------------------------

/** Documented natural-person keys; the API holds more, which pass through. */
export const cashlinkNaturalPersonSchema = z.looseObject({
  salutation: z.string().optional(),
  forename: z.string().min(1),
  surname: z.string().min(1),
  birth_date: z.iso.date().optional(),
  birth_place: z.string().optional(),
  citizenship: z.string().length(3).optional(),
  street: z.string().optional(),
  city: z.string().optional(),
  zip: z.string().optional(),
  country: z.string().length(3).optional(),
  phone: z.string().optional(),
  is_pep: z.boolean().optional(),
  is_subject_to_us_tax: z.boolean().optional(),
});

export const cashlinkInvestorCreateSchema = z.object({
  natural_person: cashlinkNaturalPersonSchema
    // Cashlink does not onboard US-taxable persons; refuse here rather than spend a call on it.
    .refine((p) => p.is_subject_to_us_tax !== true, { message: "Persons subject to US tax cannot be onboarded by Cashlink." })
    .optional(),
  legal_person: z.looseObject({}).optional(),
  bank_account: z.looseObject({ iban: z.string().optional() }).optional(),
  tax_information: z.looseObject({}).optional(),
  is_beneficiary: z.boolean().optional(),
  pep_status: z.string().optional(),
  account_setup_accepted_at: datetime.optional(),
  communication: z.object({ email: z.string().optional(), email_confirmed: z.boolean().optional() }).optional(),
});
export type CashlinkInvestorCreate = z.infer<typeof cashlinkInvestorCreateSchema>;

export const cashlinkInvestorSchema = z.object({
  id: z.string(),
  /** The bank's customer number; the sandbox sets it (issue #14), the docs name no such field, so optional. */
  external_id: z.string().nullish(),
  natural_person: z.looseObject({}).nullish(),
  legal_person: z.looseObject({}).nullish(),
  bank_account: z.looseObject({}).nullish(),
  tax_information: z.looseObject({}).nullish(),
  pep_status: z.string().nullish(),
  account_setup_accepted_at: datetime.nullish(),
  communication: z.looseObject({}).nullish(),
  is_identified: z.boolean().nullish(),
  created_at: datetime.nullish(),
});
export type CashlinkInvestor = z.infer<typeof cashlinkInvestorSchema>;

/** Partial update (PATCH /v2/investors/{id}/): the create fields, each optional. */
export const cashlinkInvestorPatchSchema = cashlinkInvestorCreateSchema.partial();
export type CashlinkInvestorPatch = z.infer<typeof cashlinkInvestorPatchSchema>;

/** POST /v2/investors/{id}/identifications/ (provider-apis.md §3.2, from Cashlink's onboarding script). */
export const cashlinkIdentificationCreateSchema = z.object({
  document_type: z.string().min(1),
  document_id: z.string().min(1),
  document_issuer: z.string().min(1).optional(),
  document_valid_from: z.iso.date().optional(),
  document_valid_to: z.iso.date().optional(),
  identity_provider: z.string().min(1),
  legitimation_process_id: z.string().min(1).optional(),
  legitimation_protocol_id: z.string().min(1).optional(),
  verified_at: datetime,
});
export type CashlinkIdentificationCreate = z.infer<typeof cashlinkIdentificationCreateSchema>;
/** Only `{id}` is documented as the answer. */
export const cashlinkIdentificationSchema = z.looseObject({ id: z.string() });

/** POST /v2/investors/{id}/wallets/eth-generic/: an address managed outside Cashlink, bound to one investor. */
export const cashlinkGenericWalletCreateSchema = z.object({
  address: z.string().regex(/^0x[0-9a-fA-F]{40}$/, "an Ethereum address (0x and 40 hex digits)"),
  receiving_enabled: z.boolean(),
});

/** GET /v2/investors/{id}/wallets/ is a plain array (the guide indexes `r.json()[0]`). */
export const cashlinkWalletSchema = z.object({
  id: z.string(),
  type: z.string().nullish(),
  address: z.string().nullish(),
  receiving_enabled: z.boolean().nullish(),
  created_at: datetime.nullish(),
});
export const cashlinkWalletListSchema = z.array(cashlinkWalletSchema);
export type CashlinkWallet = z.infer<typeof cashlinkWalletSchema>;

// ---- Invitations -------------------------------------------------------------------

export const cashlinkInvitationCreateSchema = z.object({
  investor_id: z.string().min(1),
  campaign_id: z.string().min(1),
  units: z.number().int().positive(),
});

export const cashlinkSelfDisclosureSchema = z.object({
  self_disclosure_submitted_at: datetime,
  self_disclosure_monthly_income: z.boolean(),
  self_disclosure_net_worth_100k: z.boolean(),
});

/** The guide only shows an empty survey; the answer shape is an inference shared with our sandbox. */
export const cashlinkSurveyAnswerSchema = z.object({ question_id: z.string().min(1), answer: z.boolean() });
export const cashlinkSurveySchema = z.object({ survey_submitted_at: datetime, survey: z.array(cashlinkSurveyAnswerSchema) });

/** NO_ANSWERS is in the guide; NEGATIVE_RESULT (after a negative survey) is inferred. */
export const CASHLINK_SURVEY_WAIVERS = ["NO_ANSWERS", "NEGATIVE_RESULT"] as const;
export const cashlinkSurveyWaiverSchema = z.object({ survey_waiver: z.enum(CASHLINK_SURVEY_WAIVERS) });

export const cashlinkInvitationSchema = z.object({
  id: z.string(),
  investor_id: z.string(),
  campaign_id: z.string(),
  units: z.number().int(),
  amount: cashlinkMoneySchema.nullish(),
  self_disclosure_submitted_at: datetime.nullish(),
  self_disclosure_monthly_income: z.boolean().nullish(),
  self_disclosure_net_worth_100k: z.boolean().nullish(),
  self_disclosure_questions: z.array(z.string()).nullish(),
  survey_submitted_at: datetime.nullish(),
  survey: z.array(cashlinkSurveyAnswerSchema).nullish(),
  survey_questions: z.array(z.string()).nullish(),
  survey_result: z.string().nullish(),
  survey_waiver: z.string().nullish(),
  /** Rendered asynchronously: null until a later GET ("re-fetch until it appears"). */
  costs_document: z.object({ id: z.string() }).loose().nullish(),
  investment_id: z.string().nullish(),
  missing_requirements: z.array(z.object({ field: z.string(), message: z.string() })).nullish(),
  created_at: datetime.nullish(),
  updated_at: datetime.nullish(),
});
export type CashlinkInvitation = z.infer<typeof cashlinkInvitationSchema>;

// ---- Investments -------------------------------------------------------------------

/** Statuses after which Cashlink does not move an investment any more (DELIVERED is the success end). */
export const CASHLINK_FINAL_INVESTMENT_STATUSES = [
  "DELIVERED",
  "KYC_INSUFFICIENT",
  "ABORTION",
  "REJECTION",
  "CANCELLATION",
  "PAYMENT_MISSING",
] as const;

/** The documented statuses; the docs' table may continue, so unknown values are kept as strings, not rejected. */
export const CASHLINK_INVESTMENT_STATUSES = [
  "KYC_PENDING",
  "REVIEW_PENDING",
  "WAITING_FOR_ACCEPTANCE",
  "ACCEPTED",
  "PAID",
  ...CASHLINK_FINAL_INVESTMENT_STATUSES,
] as const;
export type CashlinkInvestmentStatus = (typeof CASHLINK_INVESTMENT_STATUSES)[number];

export const cashlinkInvestmentFromInvitationSchema = z.object({ invitation_id: z.string().min(1), signed_at: datetime });

/**
 * `paid_at` records the payment (ACCEPTED → PAID, "by setting a payment date"); `accepted_at` on a
 * PATCH is inferred from the create field of that name (WAITING_FOR_ACCEPTANCE → ACCEPTED).
 */
export const cashlinkInvestmentPatchSchema = z.object({
  wallet: z.string().min(1).optional(),
  accepted_at: datetime.optional(),
  paid_at: datetime.optional(),
});

export const cashlinkInvestmentSchema = z.object({
  id: z.string(),
  status: z.string().min(1),
  investor_id: z.string(),
  campaign_id: z.string(),
  units: z.number().int(),
  signed_at: datetime.nullish(),
  invitation_id: z.string().nullish(),
  accepted_at: datetime.nullish(),
  paid_at: datetime.nullish(),
  delivered_at: datetime.nullish(),
  wallet: z.string().nullish(),
  amount: cashlinkMoneySchema.nullish(),
  created_at: datetime.nullish(),
  updated_at: datetime.nullish(),
});
export type CashlinkInvestment = z.infer<typeof cashlinkInvestmentSchema>;

export const cashlinkInvestmentPageSchema = cashlinkPageSchema(cashlinkInvestmentSchema);
export const cashlinkInvitationPageSchema = cashlinkPageSchema(cashlinkInvitationSchema);
export const cashlinkInvestorPageSchema = cashlinkPageSchema(cashlinkInvestorSchema);

// ---- Errors ------------------------------------------------------------------------

/**
 * Cashlink publishes no error format; its API is Django REST Framework, so errors are
 * `{"detail": "..."}` or field errors `{"field": ["message", ...]}` (the sandbox's, see its README).
 * Parsed leniently: anything else yields no messages rather than a second error.
 */
export const cashlinkErrorBodySchema = z.record(z.string(), z.union([z.string(), z.array(z.unknown())]));
