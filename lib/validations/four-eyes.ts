import { z } from "zod";

import { APPROVE_REASONS } from "@/lib/onboarding/case-rules";

import { closePortfolioSchema } from "./portfolio-lifecycle";
import { portfolioIdSchema, setPortfolioBlockedSchema } from "./portfolios-actions";
import { storableText } from "./storable";
import { userIdSchema } from "./users";

/**
 * Four eyes: the inputs of the change-request actions and the payload of each kind.
 * A payload is stored as jsonb and parsed again before it runs, so every string in it
 * must be storable (PostgreSQL refuses NUL and lone surrogates in jsonb) and bounded.
 */

const changeRequestId = storableText(64).pipe(z.string().min(1, "Choose a change request."));

export const changeRequestIdSchema = z.object({ changeRequestId });

export const rejectChangeRequestSchema = z.object({
  changeRequestId,
  reason: storableText(500).pipe(z.string().min(5, "Give a reason of at least 5 characters.")),
});
export type RejectChangeRequestInput = z.infer<typeof rejectChangeRequestSchema>;

export const resetSecondFactorSchema = z.object({ userId: userIdSchema });

const passwordHash = z.string().min(1).max(500);
const email = storableText(320).pipe(z.string().email());

export const PAYLOADS = {
  "user.create_admin": z.object({ email, name: storableText(120), role: z.literal("ADMIN"), passwordHash }),
  "user.promote_admin": z.object({ userId: userIdSchema, email, from: z.enum(["STAFF", "COMPLIANCE"]) }),
  "user.reset_password": z.object({ userId: userIdSchema, email, passwordHash }),
  "user.reset_second_factor": z.object({ userId: userIdSchema, email }),
  "portfolio.block": setPortfolioBlockedSchema,
  "portfolio.unblock": setPortfolioBlockedSchema,
  "portfolio.close": closePortfolioSchema,
  "portfolio.change_brokerage_account": z.object({
    portfolioId: portfolioIdSchema,
    iban: z.string().regex(/^[A-Z0-9]{15,34}$/),
    bic: z
      .string()
      .regex(/^[A-Z0-9]{8,11}$/)
      .nullable(),
    paymentReference: storableText(64).nullable(),
  }),
  "order.place_above_limit": z.object({
    placementId: z.string().min(1).max(64),
    customerRef: storableText(64),
    productId: storableText(64),
    side: z.enum(["BUY", "SELL"]),
    amount: z.string().regex(/^\d{1,18}(\.\d{1,6})?$/),
    currency: z.string().regex(/^[A-Z]{3}$/),
  }),
  // The requester's form key travels with it: the approved funding is sent once, under that key.
  "robowise.fund_above_limit": z.object({
    requestKey: z.uuid(),
    customerRef: storableText(64),
    accountId: z.string().regex(/^[A-Z]+\d+$/),
    robowiseId: z.string().regex(/^[A-Z]+\d+$/),
    amount: z.string().regex(/^\d{1,12}(\.\d{1,2})?$/),
    currency: z.string().regex(/^[A-Z]{3}$/),
  }),
  // The holder's approval of a high-risk case, as they gave it; `risks` is what made it high risk then (shown to the approver).
  "onboarding_case.decide_high_risk": z.object({
    caseId: storableText(64).pipe(z.string().min(1)),
    subject: storableText(300),
    reason: z.enum(APPROVE_REASONS),
    comment: storableText(2000),
    risks: z.array(storableText(300)).min(1).max(10),
  }),
} as const;

export type ChangeKindWithPayload = keyof typeof PAYLOADS;
export type PayloadOf<K extends ChangeKindWithPayload> = z.infer<(typeof PAYLOADS)[K]>;
