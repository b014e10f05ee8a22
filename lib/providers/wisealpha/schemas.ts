import { z } from "zod";

import { decimalFromWire, WIRE_DECIMAL } from "./wire-decimal";

/**
 * WiseAlpha v1 wire format (snake_case, as sent), from the seed's API reference (004).
 * Fields the seed's tables name and that we act on are required; descriptive fields are
 * optional so a cosmetic difference does not fail every call. Objects whose extra keys
 * matter to a reviewer (investor type, addresses) keep them (looseObject).
 *
 * Money is the seed's "Decimal": a JSON string. It stays a string (normalised by
 * decimalFromWire); fields the seed types as Float arrive as numbers and are converted.
 */

// ---- Shared ------------------------------------------------------------------------

/** Decimal as a JSON string; never a float. */
export const waDecimal = z.string().regex(WIRE_DECIMAL, "a decimal string").transform(decimalFromWire);
/** Fields that echo what we sent or that the seed types as Float: a string or a number, returned as a decimal string. */
export const waDecimalLike = z.union([z.string().regex(WIRE_DECIMAL, "a decimal string"), z.number().finite()]).transform(decimalFromWire);

/** DRF LimitOffsetPagination: count/next/previous/results; next is null on the last page. */
export function waPageSchema<TItem extends z.ZodType>(item: TItem) {
  return z.object({
    count: z.number().int().min(0),
    next: z.string().nullable(),
    previous: z.string().nullable().optional(),
    results: z.array(item),
  });
}

/** `{"status": "ok"}` from change_investor_type and document uploads. */
export const waStatusSchema = z.object({ status: z.string() });

// ---- Validation object (seed: "Validation object", "User Onboarding") ----------------

export const waValidationSchema = z.object({
  status: z.string(),
  can_invest: z.boolean(),
  can_invest_high_yield: z.boolean(),
  can_invest_perpetuals: z.boolean(),
  can_invest_special_situations: z.boolean(),
  can_withdraw: z.boolean(),
  next_actions: z.array(z.string()),
  fields_needed: z.array(z.string()),
  aml_check: z.object({ status: z.string(), passed: z.boolean() }),
  /** photo_id, proof_of_address, bank_statement:<CUR> → not-yet-needed | required | provided | approved | rejected. */
  documents: z.record(z.string(), z.string()),
  /** Only present for documents with a reason; older examples omit the whole field. */
  document_info: z
    .record(z.string(), z.looseObject({ rejection_reason: z.string().optional(), request_reason: z.string().optional() }))
    .default({}),
  /** signup, high-yield, … → not-attempted | attempted-N-times | failed | passed. */
  questionnaire: z.record(z.string(), z.string()),
});
export type WiseAlphaValidation = z.infer<typeof waValidationSchema>;

// ---- Profile ---------------------------------------------------------------------------

const optionalText = z.string().nullish();

export const waAddressSchema = z.looseObject({
  flat_or_apartment_number: optionalText,
  house_name: optionalText,
  house_number: optionalText,
  address1: optionalText,
  address2: optionalText,
  address3: optionalText,
  address4: optionalText,
  post_code: optionalText,
  country: optionalText,
  from_date: optionalText,
  to_date: optionalText,
});

const bankStatusSchema = z.object({ provided: z.boolean(), last_error: z.string().nullish() });
/** Reads are per currency (`{"GBP": {...}}`) in the profile example but flat in the list/create examples: accept both. */
export const waBankDetailsSchema = z.union([bankStatusSchema, z.record(z.string(), bankStatusSchema)]);

/** Investor type summary (read-only). The type-specific extras (angel, advisor_name, …) pass through. */
export const waInvestorTypeSummarySchema = z.looseObject({
  investor_type_id: z.number().int(),
  investor_type_identifier: z.string().optional(),
  investor_type: z.string(),
  is_retail_restricted: z.boolean().optional(),
  annual_income: waDecimalLike.nullish(),
  annual_income_currency: optionalText,
  net_investible_assets: waDecimalLike.nullish(),
  net_investible_assets_currency: optionalText,
  occupation: optionalText,
  date_selected: optionalText,
});

const acceptanceSchema = z.object({ date: z.string().optional(), ip_address: z.string().optional() });

export const waUserAgreementSchema = z.object({
  reference: z.string(),
  agreement: z.string().optional(),
  choices: z.array(z.object({ reference: z.string(), text: z.string() })).default([]),
  decision: z.string().nullish(),
});

export const waCustomerSchema = z.object({
  customer_id: z.string(),
  email: z.string(),
  /** The bank's customer number; the sandbox sets it (issue #14), the seed names no such field, so optional. */
  external_id: z.string().nullish(),
  title: optionalText,
  first_name: optionalText,
  last_name: optionalText,
  contact_number: optionalText,
  nationality: optionalText,
  date_of_birth: optionalText,
  date_joined: z.string(),
  address: waAddressSchema.nullable(),
  previous_addresses: z.array(waAddressSchema).default([]),
  bank_details: waBankDetailsSchema.optional(),
  tax_residencies: z.array(z.looseObject({ country: z.string(), tax_identification_number: z.string().optional() })).optional(),
  investor_type: waInvestorTypeSummarySchema.nullable(),
  user_agreement: z.record(z.string(), waUserAgreementSchema).optional(),
  tos_acceptance: acceptanceSchema.nullish(),
  ifisa_agreement_acceptance: acceptanceSchema.nullish(),
  validation: waValidationSchema,
});
export type WiseAlphaCustomer = z.infer<typeof waCustomerSchema>;

export const waCustomerPageSchema = waPageSchema(waCustomerSchema);

// ---- Investor types --------------------------------------------------------------------

export const waInvestorTypeSchema = z.object({
  id: z.number().int(),
  identifier: z.string(),
  title: z.string(),
  intro_title: z.string().optional(),
  intro_content: z.string().optional(),
  main_title: z.string().optional(),
  main_content: z.string().optional(),
});
export const waInvestorTypeListSchema = z.object({ investor_types: z.array(waInvestorTypeSchema) });
export type WiseAlphaInvestorType = z.infer<typeof waInvestorTypeSchema>;

// ---- Questionnaires --------------------------------------------------------------------

export const WA_QUESTIONNAIRE_TYPES = ["signup", "high-yield", "special-situation", "perpetual", "smart-interest"] as const;
export type WiseAlphaQuestionnaireType = (typeof WA_QUESTIONNAIRE_TYPES)[number];

export const waQuestionnaireUserStatusSchema = z.object({
  blocked_message: z.string().nullable(),
  num_failed_attempts: z.number().int(),
  max_num_failed_attempts: z.number().int().nullable(),
  num_attempts_remaining: z.number().int().nullable(),
  passed: z.boolean(),
});

export const waQuestionnaireSchema = z.object({
  type: z.string(),
  help: optionalText,
  questions: z.array(
    z.object({
      id: z.number().int(),
      question: z.string(),
      answers: z.array(z.object({ id: z.number().int(), answer_text: z.string() })).default([]),
      mimetype: z.string().optional(),
      question_type: z.string().optional(),
    }),
  ),
  faqs: z.array(z.object({ title: z.string(), link: z.string() })).default([]),
  /** Null outside a customer's context (seed). */
  user_status: waQuestionnaireUserStatusSchema.nullable(),
  hash: z.string().optional(),
});
export type WiseAlphaQuestionnaire = z.infer<typeof waQuestionnaireSchema>;

export type WiseAlphaAnswer = { questionId: number; answerId: number } | { questionId: number; answerText: string };

// ---- Documents -------------------------------------------------------------------------

/** photo_id, proof_of_address, or bank_statement:<currency> (the latter only once WiseAlpha asks for it). */
export const waDocumentTypeSchema = z.string().regex(/^(photo_id|proof_of_address|bank_statement:[A-Z]{3})$/, "a WiseAlpha document type");
/** Seed: "JPEG, GIF, PNG, PDF or bitmap (BMP)". */
export const WA_DOCUMENT_CONTENT_TYPES = ["image/jpeg", "image/gif", "image/png", "application/pdf", "image/bmp"] as const;
