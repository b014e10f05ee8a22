import { z } from "zod";

import { INVESTMENT_STATUSES } from "@/lib/providers/cashlink/transform";

import { isStorableDate, storableDay, storableText } from "./storable";
import { pagedFilter } from "./list-paging";
import { optionalEnum, optionalText } from "./url-filters";

export const COMPLETENESS = ["complete", "incomplete"] as const;
export const INVITATION_STAGES = ["ready", "incomplete", "invested"] as const;
/** "No investment yet", then Cashlink's documented statuses. */
export const INVITATION_STATUS_FILTERS = ["NONE", ...INVESTMENT_STATUSES] as const;

const completeness = optionalEnum(COMPLETENESS);

/** The invitations list's filters and page as they live in the URL. */
export const invitationFilterSchema = pagedFilter({
  /** ready: can become an investment; incomplete: self-disclosure or survey missing; invested: used. */
  stage: optionalEnum(INVITATION_STAGES),
  selfDisclosure: completeness,
  survey: completeness,
  signed: completeness,
  wallet: completeness,
  /** The investment's status; NONE = no investment yet. */
  status: optionalEnum(INVITATION_STATUS_FILTERS),
  investor: optionalText,
});
export type InvitationFilter = z.infer<typeof invitationFilterSchema>;

export const ASSESSMENT_STATUSES = ["IN_PROGRESS", "COMPLETED", "ACCEPTED", "COOLDOWN", "EXPIRED"] as const;

export const assessmentFilterSchema = pagedFilter({
  status: optionalEnum(ASSESSMENT_STATUSES),
  user: optionalText,
  portfolio: optionalText,
});
export type AssessmentFilter = z.infer<typeof assessmentFilterSchema>;

/**
 * A past date and time, UTC as the form labels it (without a zone it is read as UTC); `what`
 * names it in the messages ("time", "signing time").
 */
const pastInstant = (missing: string, what = "time") =>
  z
    .string()
    .trim()
    .min(1, missing)
    .max(40, `Give the ${what} as YYYY-MM-DDTHH:MM.`)
    .transform((v, ctx) => {
      const date = new Date(/[zZ]|[+-]\d{2}:\d{2}$/.test(v) ? v : `${v}Z`);
      // isStorableDate: year 275760 parses in JavaScript but is no date we can store (it breaks PostgreSQL).
      if (!isStorableDate(date)) {
        ctx.addIssue({ code: "custom", message: `"${v}" is not a date and time.` });
        return z.NEVER;
      }
      if (date.getTime() > Date.now() + 5 * 60_000) {
        ctx.addIssue({ code: "custom", message: `The ${what} cannot be in the future.` });
        return z.NEVER;
      }
      return date;
    });

const signedAt = pastInstant("Say when the investor signed.", "signing time");

export const createCashlinkInvestmentSchema = z.object({
  invitationId: storableText(100).min(1, "No invitation given."),
  signedAt,
});
export type CreateCashlinkInvestmentInput = z.infer<typeof createCashlinkInvestmentSchema>;

// ---- Issue #17: Cashlink writes ------------------------------------------------------

/**
 * The form's own id, made when the form is shown: a double submit or a retry of the same
 * form finds the same CashlinkWrite row and so sends the same X-Idempotency-Key.
 */
const submissionId = z.uuid("The form has no valid submission id; reload the page.");
const cashlinkId = storableText(100).min(1, "No Cashlink id given.");

export const createInvitationSchema = z.object({
  submissionId,
  investorId: cashlinkId,
  campaignId: cashlinkId,
  units: z.coerce.number().int("Units are whole numbers.").positive("At least one unit.").max(100_000_000, "Too many units."),
});
export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;

export const selfDisclosureSchema = z.object({
  submissionId,
  invitationId: cashlinkId,
  submittedAt: pastInstant("Say when the investor submitted the self-disclosure."),
  monthlyIncome: z.boolean(),
  netWorth100k: z.boolean(),
});
export type SelfDisclosureInput = z.infer<typeof selfDisclosureSchema>;

export const surveySchema = z.object({
  submissionId,
  invitationId: cashlinkId,
  submittedAt: pastInstant("Say when the investor submitted the survey."),
  /** Empty: the investor gave no answers (a NO_ANSWERS waiver follows, as in the guide). */
  answers: z.array(z.object({ questionId: storableText(100).min(1), answer: z.boolean() })).max(50),
});
export type SurveyInput = z.infer<typeof surveySchema>;

export const SURVEY_WAIVER_VALUES = ["NO_ANSWERS", "NEGATIVE_RESULT"] as const;
export const surveyWaiverSchema = z.object({ submissionId, invitationId: cashlinkId, waiver: z.enum(SURVEY_WAIVER_VALUES) });
export type SurveyWaiverInput = z.infer<typeof surveyWaiverSchema>;

const country = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, "Three capital letters (ISO 3166 alpha-3, e.g. DEU).")
  .optional();
const optionalField = (max: number) =>
  storableText(max)
    .optional()
    .transform((v) => (v ? v : undefined));

export const createInvestorSchema = z.object({
  submissionId,
  salutation: z.enum(["MR", "MS"]).optional(),
  forename: storableText(100).min(1, "Enter the forename."),
  surname: storableText(100).min(1, "Enter the surname."),
  birthDate: z.iso.date("A date (YYYY-MM-DD).").optional(),
  citizenship: country,
  email: z
    .email("Enter a valid e-mail address.")
    .max(200)
    .optional()
    .or(z.literal("").transform(() => undefined)),
});
export type CreateInvestorInput = z.infer<typeof createInvestorSchema>;

export const identifyInvestorSchema = z.object({
  submissionId,
  investorId: cashlinkId,
  documentType: z.enum(["IDCARD", "PASSPORT"]),
  documentId: storableText(60).min(1, "Enter the document number."),
  documentIssuer: optionalField(100),
  documentValidTo: storableDay.optional().transform((d) => d?.toISOString().slice(0, 10)),
  identityProvider: z.enum(["POSTIDENT", "IDNOW", "WEBID"]),
  verifiedAt: pastInstant("Say when the identification was verified."),
});
export type IdentifyInvestorInput = z.infer<typeof identifyInvestorSchema>;

export const addWalletSchema = z
  .object({
    submissionId,
    investorId: cashlinkId,
    type: z.enum(["eth-generic", "eth-managed"]),
    address: z
      .string()
      .trim()
      .regex(/^0x[0-9a-fA-F]{40}$/, "An Ethereum address: 0x and 40 hexadecimal digits.")
      .optional()
      .or(z.literal("").transform(() => undefined)),
  })
  .refine((w) => w.type === "eth-managed" || Boolean(w.address), { path: ["address"], message: "A generic wallet needs its address." });
export type AddWalletInput = z.infer<typeof addWalletSchema>;

export const markInvestmentPaidSchema = z.object({ investmentId: cashlinkId, paidAt: storableDay });
export type MarkInvestmentPaidInput = z.infer<typeof markInvestmentPaidSchema>;

export const acceptInvestmentsSchema = z.object({
  investmentIds: z.array(cashlinkId).min(1, "Select at least one investment.").max(100, "At most 100 at a time."),
  acceptedAt: pastInstant("Say when the investments were accepted."),
});
export type AcceptInvestmentsInput = z.infer<typeof acceptInvestmentsSchema>;

/** The Cashlink investments list (bulk accept) as it lives in the URL. */
export const investmentFilterSchema = pagedFilter({
  status: optionalEnum(INVESTMENT_STATUSES),
  investor: optionalText,
});
export type InvestmentFilter = z.infer<typeof investmentFilterSchema>;
