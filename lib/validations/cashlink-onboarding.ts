import { z } from "zod";

import { INVESTMENT_STATUSES } from "@/lib/providers/cashlink/transform";

import { isStorableDate, storableText } from "./storable";
import { pageField, pageSizeField } from "./list-paging";
import { optionalEnum, optionalText } from "./url-filters";

export const COMPLETENESS = ["complete", "incomplete"] as const;
export const INVITATION_STAGES = ["ready", "incomplete", "invested"] as const;
/** "No investment yet", then Cashlink's documented statuses. */
export const INVITATION_STATUS_FILTERS = ["NONE", ...INVESTMENT_STATUSES] as const;

const completeness = optionalEnum(COMPLETENESS);

/** The invitations list's filters and page as they live in the URL. */
export const invitationFilterSchema = z.object({
  /** ready: can become an investment; incomplete: self-disclosure or survey missing; invested: used. */
  stage: optionalEnum(INVITATION_STAGES),
  selfDisclosure: completeness,
  survey: completeness,
  signed: completeness,
  wallet: completeness,
  /** The investment's status; NONE = no investment yet. */
  status: optionalEnum(INVITATION_STATUS_FILTERS),
  investor: optionalText,
  page: pageField,
  size: pageSizeField,
});
export type InvitationFilter = z.infer<typeof invitationFilterSchema>;

export const ASSESSMENT_STATUSES = ["IN_PROGRESS", "COMPLETED", "ACCEPTED", "COOLDOWN", "EXPIRED"] as const;

export const assessmentFilterSchema = z.object({
  status: optionalEnum(ASSESSMENT_STATUSES),
  user: optionalText,
  portfolio: optionalText,
  page: pageField,
  size: pageSizeField,
});
export type AssessmentFilter = z.infer<typeof assessmentFilterSchema>;

/** UTC, as the form labels it; without a zone it is read as UTC. */
const signedAt = z
  .string()
  .trim()
  .min(1, "Say when the investor signed.")
  .max(40, "Give the signing time as YYYY-MM-DDTHH:MM.")
  .transform((v, ctx) => {
    const date = new Date(/[zZ]|[+-]\d{2}:\d{2}$/.test(v) ? v : `${v}Z`);
    // isStorableDate: year 275760 parses in JavaScript but is no signing date (and breaks PostgreSQL).
    if (!isStorableDate(date)) {
      ctx.addIssue({ code: "custom", message: `"${v}" is not a date and time.` });
      return z.NEVER;
    }
    if (date.getTime() > Date.now() + 5 * 60_000) {
      ctx.addIssue({ code: "custom", message: "The signing time cannot be in the future." });
      return z.NEVER;
    }
    return date;
  });

export const createCashlinkInvestmentSchema = z.object({
  invitationId: storableText(100).min(1, "No invitation given."),
  signedAt,
});
export type CreateCashlinkInvestmentInput = z.infer<typeof createCashlinkInvestmentSchema>;
