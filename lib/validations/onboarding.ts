import { z } from "zod";

import { storableText } from "./storable";

import { APPROVE_REASONS, REJECT_REASONS } from "@/lib/onboarding/case-rules";
import { CUSTOMER_FILTERS, type CustomerFilter } from "@/lib/onboarding/customer-flags";

import { pagedFilter } from "./list-paging";
import { optionalEnum, optionalText } from "./url-filters";

export const caseIdSchema = z.object({ caseId: storableText(64).min(1, "No case given.") });

export const addNoteSchema = caseIdSchema.extend({
  note: storableText(4000).min(1, "Write the note first."),
});

export const decideCaseSchema = z.discriminatedUnion("decision", [
  caseIdSchema.extend({
    decision: z.literal("APPROVE"),
    reason: z.enum(APPROVE_REASONS, { message: "Choose a reason." }),
    comment: storableText(2000).optional().default(""),
  }),
  caseIdSchema.extend({
    decision: z.literal("REJECT"),
    reason: z.enum(REJECT_REASONS, { message: "Choose a reason." }),
    // A rejection must say why in words: the comment is mandatory.
    comment: storableText(2000).min(5, "Say in a few words why (at least 5 characters)."),
  }),
]);
export type DecideCaseInput = z.infer<typeof decideCaseSchema>;

export const CASE_VIEWS = ["mine-and-unassigned", "mine", "unassigned", "all"] as const;
export const CASE_STATUS_FILTERS = ["open", "NEW", "IN_REVIEW", "WAITING_ON_CUSTOMER", "APPROVED", "REJECTED", "any"] as const;

/** Work queues the home cards open (lib/onboarding/case-queues.ts). */
export const CASE_QUEUES = ["new-activity", "ready-to-invest"] as const;
export type CaseQueue = (typeof CASE_QUEUES)[number];

/** The cases list in the URL. Default: open cases held by me or nobody, oldest first. */
export const caseFilterSchema = pagedFilter({
  view: optionalEnum(CASE_VIEWS).transform((v) => v ?? "mine-and-unassigned"),
  status: optionalEnum(CASE_STATUS_FILTERS).transform((v) => v ?? "open"),
  subject: optionalEnum(["WISEALPHA_CUSTOMER", "CASHLINK_INVITATION"]),
  q: optionalText,
  queue: optionalEnum(CASE_QUEUES),
});
export type CaseFilter = z.infer<typeof caseFilterSchema>;

const FILTER_KEYS = Object.keys(CUSTOMER_FILTERS) as [CustomerFilter, ...CustomerFilter[]];

/** The customers list in the URL: one reviewer-day filter, a search and a page. */
export const customerFilterSchema = pagedFilter({
  filter: optionalEnum(FILTER_KEYS),
  q: optionalText,
});
export type CustomerListFilter = z.infer<typeof customerFilterSchema>;
