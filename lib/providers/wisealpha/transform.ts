import Decimal from "decimal.js";

import { decimalFromWire, WIRE_DECIMAL } from "./wire-decimal";
import type { WiseAlphaOrder as WireOrder, WiseAlphaProduct as WireProduct } from "./market-schemas";
import {
  WA_QUESTIONNAIRE_TYPES as WIRE_QUESTIONNAIRE_TYPES,
  waCustomerSchema,
  type WiseAlphaCustomer as WireCustomer,
  type WiseAlphaQuestionnaire as WireQuestionnaire,
  type WiseAlphaValidation,
} from "./schemas";

// Exact decimals from the wire; in their own module because ./schemas uses them too (no import cycle).
export { decimalFromWire, WIRE_DECIMAL };

// ---- domain names --------------------------------------------------------------------
// The rest of the app sees these, never ./schemas or ./market-schemas. Customers, orders and
// products are used as WiseAlpha sends them (snapshots keep the profile as sent), under domain names.

export type WiseAlphaCustomer = WireCustomer;
export type WiseAlphaQuestionnaire = WireQuestionnaire;
export type WiseAlphaOrder = WireOrder;
export type WiseAlphaProduct = WireProduct;
export const WA_QUESTIONNAIRE_TYPES = WIRE_QUESTIONNAIRE_TYPES;

/** A stored or delivered customer profile, or null when it is not one (an old or partial snapshot). */
export function parseWiseAlphaCustomer(value: unknown): WiseAlphaCustomer | null {
  const parsed = waCustomerSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Exact equality of two decimal strings ("-20.00" equals "-20"). */
export function sameDecimal(a: string, b: string): boolean {
  return new Decimal(a).equals(new Decimal(b));
}

// ---- validation object -------------------------------------------------------------

/** The seed's onboarding table says "accepted"; its validation section (and the sandbox) "approved". Both mean approved. */
export type DocumentState = "not-yet-needed" | "required" | "provided" | "approved" | "rejected" | "unknown";
export type QuestionnaireState = "not-attempted" | "attempted" | "passed" | "failed" | "unknown";

export type WiseAlphaValidationView = {
  /** "unknown" when WiseAlpha sends a status the seed does not list; `rawStatus` keeps it. */
  status: "onboarding" | "invest" | "unknown";
  rawStatus: string;
  canInvest: boolean;
  canInvestHighYield: boolean;
  canInvestPerpetuals: boolean;
  canInvestSpecialSituations: boolean;
  canWithdraw: boolean;
  nextActions: string[];
  fieldsNeeded: string[];
  aml: { status: string; passed: boolean };
  documents: { type: string; state: DocumentState; rawState: string; rejectionReason: string | null; requestReason: string | null }[];
  questionnaires: { type: string; state: QuestionnaireState; rawState: string; failedAttempts: number | null }[];
};

const DOCUMENT_STATES = new Set(["not-yet-needed", "required", "provided", "approved", "rejected"]);

export function toDocumentState(raw: string): DocumentState {
  if (raw === "accepted") return "approved";
  return DOCUMENT_STATES.has(raw) ? (raw as DocumentState) : "unknown";
}

/** "attempted-2-times" → attempted with 2 failures; "failed" means blocked after too many failures. */
export function toQuestionnaireState(raw: string): { state: QuestionnaireState; failedAttempts: number | null } {
  const attempted = /^attempted-(\d+)-times?$/.exec(raw);
  if (attempted) return { state: "attempted", failedAttempts: Number(attempted[1]) };
  if (raw === "not-attempted") return { state: raw, failedAttempts: 0 };
  if (raw === "passed" || raw === "failed") return { state: raw, failedAttempts: null };
  return { state: "unknown", failedAttempts: null };
}

export function toValidationView(validation: WiseAlphaValidation): WiseAlphaValidationView {
  const info = validation.document_info;
  return {
    status: validation.status === "onboarding" || validation.status === "invest" ? validation.status : "unknown",
    rawStatus: validation.status,
    canInvest: validation.can_invest,
    canInvestHighYield: validation.can_invest_high_yield,
    canInvestPerpetuals: validation.can_invest_perpetuals,
    canInvestSpecialSituations: validation.can_invest_special_situations,
    canWithdraw: validation.can_withdraw,
    nextActions: validation.next_actions,
    fieldsNeeded: validation.fields_needed,
    aml: { status: validation.aml_check.status, passed: validation.aml_check.passed },
    documents: Object.entries(validation.documents).map(([type, rawState]) => ({
      type,
      state: toDocumentState(rawState),
      rawState,
      rejectionReason: info[type]?.rejection_reason ?? null,
      requestReason: info[type]?.request_reason ?? null,
    })),
    questionnaires: Object.entries(validation.questionnaire).map(([type, rawState]) => ({
      type,
      rawState,
      ...toQuestionnaireState(rawState),
    })),
  };
}
