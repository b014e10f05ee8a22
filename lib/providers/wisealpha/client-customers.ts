import { z } from "zod";

import { offsetPages, rawBodyFetch, seg, statusRecorder, type Call, type PageOptions, type WiseAlphaClientOptions } from "./call";
import {
  WA_DOCUMENT_CONTENT_TYPES,
  waCustomerPageSchema,
  waCustomerSchema,
  waDocumentTypeSchema,
  waInvestorTypeListSchema,
  waQuestionnaireSchema,
  waStatusSchema,
  type WiseAlphaAnswer,
  type WiseAlphaQuestionnaireType,
} from "./schemas";

/** Writable profile fields (seed: Profile object). bank_details is write-only: reads say only whether it was provided. */
export type WiseAlphaProfileUpdate = {
  email?: string;
  title?: string | null;
  first_name?: string;
  last_name?: string;
  contact_number?: string | null;
  nationality?: string | null;
  date_of_birth?: string | null;
  address?: Record<string, string | null> | null;
  previous_addresses?: Record<string, string | null>[];
  bank_details?: Record<string, { account_name: string; sort_code?: string; account_number: string; country_code?: string }>;
  tax_residencies?: { country: string; tax_identification_number: string }[];
  tos_acceptance?: { date: string; ip_address: string };
  ifisa_agreement_acceptance?: { date: string; ip_address: string };
  user_agreement?: Record<string, { decision: string }>;
};

/** Seed: Change investor type object. Amounts are decimal strings; extras depend on the type. */
export type WiseAlphaInvestorTypeChange = {
  investor_type_id: number;
  annual_income: string;
  annual_income_currency: string;
  net_investible_assets: string;
  net_investible_assets_currency: string;
  occupation?: string;
  professional_investment_experience?: string;
  advisor_name?: string;
  advisor_fca_reference_number?: string;
  advisor_is_fca_authorised?: boolean;
  angel?: boolean;
  unlisted?: boolean;
  professional?: boolean;
  director?: boolean;
};

export type WiseAlphaDocumentUpload = {
  /** photo_id, proof_of_address or bank_statement:<CUR>. */
  documentType: string;
  data: Uint8Array | Blob;
  contentType: (typeof WA_DOCUMENT_CONTENT_TYPES)[number];
  fileName: string;
};

const createSchema = z.looseObject({ email: z.email() });
const answersSchema = z.array(
  z.union([
    z.object({ questionId: z.number().int(), answerId: z.number().int() }),
    z.object({ questionId: z.number().int(), answerText: z.string().min(1) }),
  ]),
);
const CUSTOMER_ID = /^(me|\d{8})$/;

/** Customer profiles and onboarding: the `validation` object, investor types, questionnaires, documents. */
export function customerMethods(call: Call, options: WiseAlphaClientOptions) {
  const listCustomers = (page: PageOptions = {}) =>
    call({ path: "/customers/", query: { offset: page.offset, limit: page.limit }, schema: waCustomerPageSchema });

  return {
    /** Super accounts only (403 otherwise). */
    listCustomers,
    /** Every managed customer, one page of 100 at a time; `break` stops the fetching. */
    iterateCustomers: (start = 0) => offsetPages((page) => listCustomers(page), start),
    getCustomer: async (customerId: string) => call({ path: `/customers/${customerPath(customerId)}/`, schema: waCustomerSchema }),
    /**
     * Not retried (WiseAlpha has no idempotency key). A lost answer is safe to resend: the
     * email is unique, so a duplicate is refused with 400 and can be looked up instead.
     */
    createCustomer: async (input: WiseAlphaProfileUpdate & { email: string }) =>
      call({ method: "POST", path: "/customers/", body: createSchema.parse(input), schema: waCustomerSchema }),
    /** PATCH: only the given fields change. The profile comes back with a recomputed validation object. */
    patchCustomer: async (customerId: string, update: WiseAlphaProfileUpdate) =>
      call({ method: "PATCH", path: `/customers/${customerPath(customerId)}/`, body: update, schema: waCustomerSchema }),

    listInvestorTypes: () => call({ path: "/customers/investor_types/", schema: waInvestorTypeListSchema }),
    /**
     * The first choice applies at once (200). Later changes are requests WiseAlpha staff review
     * (202); account.investor-type-approved follows. `pendingApproval` tells the two apart.
     */
    changeInvestorType: async (customerId: string, change: WiseAlphaInvestorTypeChange) => {
      const recorder = statusRecorder(options.fetch);
      const result = await call({
        method: "POST",
        path: `/customers/${customerPath(customerId)}/change_investor_type/`,
        body: change,
        schema: waStatusSchema,
        fetch: recorder.fetch,
      });
      return { ...result, pendingApproval: recorder.seen.status === 202 };
    },

    getQuestionnaire: async (customerId: string, type: WiseAlphaQuestionnaireType) =>
      call({ path: `/customers/${customerPath(customerId)}/questionnaire/`, query: { type }, schema: waQuestionnaireSchema }),
    /** Always 200 (seed): pass or fail is in `user_status.passed`; three failures block the questionnaire. */
    submitQuestionnaire: async (customerId: string, type: WiseAlphaQuestionnaireType, answers: WiseAlphaAnswer[]) =>
      call({
        method: "POST",
        path: `/customers/${customerPath(customerId)}/upload_questionnaire_results/`,
        body: {
          type,
          questions_answered: answersSchema
            .parse(answers)
            .map((a) =>
              "answerId" in a
                ? { question_id: a.questionId, answer_id: a.answerId }
                : { question_id: a.questionId, answer_text: a.answerText },
            ),
        },
        schema: waQuestionnaireSchema,
      }),

    /** Raw body with the file's Content-Type and a Content-Disposition file name (seed's first upload form). */
    uploadDocument: async (customerId: string, upload: WiseAlphaDocumentUpload) => {
      const documentType = waDocumentTypeSchema.parse(upload.documentType);
      if (!(WA_DOCUMENT_CONTENT_TYPES as readonly string[]).includes(upload.contentType)) {
        throw new Error(`WiseAlpha accepts only ${WA_DOCUMENT_CONTENT_TYPES.join(", ")} documents`);
      }
      const body = upload.data instanceof Blob ? upload.data : new Blob([upload.data as Uint8Array<ArrayBuffer>]);
      return call({
        method: "POST",
        path: `/customers/${customerPath(customerId)}/upload_${seg(documentType)}/`,
        headers: { "Content-Type": upload.contentType, "Content-Disposition": contentDisposition(upload.fileName) },
        schema: waStatusSchema,
        fetch: rawBodyFetch(options.fetch, body),
      });
    },
  };
}

export function customerPath(customerId: string): string {
  if (!CUSTOMER_ID.test(customerId)) throw new Error(`not a WiseAlpha customer id: ${JSON.stringify(customerId)}`);
  return customerId;
}

/** RFC 6266: a plain ASCII name, plus filename* for anything else. */
function contentDisposition(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() || "document";
  const ascii = base.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return ascii === base
    ? `attachment; filename="${base}"`
    : `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(base)}`;
}
