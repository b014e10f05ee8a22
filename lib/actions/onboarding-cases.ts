"use server";

import { areaAction, asUser, done } from "@/lib/actions/safe-action";
import { addCaseNote, claimCase, decideCase, releaseCase } from "@/lib/onboarding/case-actions";
import { addNoteSchema, caseIdSchema, decideCaseSchema } from "@/lib/validations/onboarding";

const review = areaAction("onboarding.review", { refresh: "/onboarding/cases" });

export const claimCaseAction = review("claimOnboardingCase", caseIdSchema, (input, { user }) => done(claimCase(user, input.caseId)));
export const releaseCaseAction = review("releaseOnboardingCase", caseIdSchema, (input, { user }) => done(releaseCase(user, input.caseId)));
export const addCaseNoteAction = review(
  "addOnboardingCaseNote",
  addNoteSchema,
  (input, { user }) => done(addCaseNote(user, input.caseId, input.note)),
  (input) => `/onboarding/cases/${input.caseId}`,
);
export const decideCaseAction = review("decideOnboardingCase", decideCaseSchema, asUser(decideCase));
