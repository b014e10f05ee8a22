import { z } from "zod";

export const withdrawalIdSchema = z.object({ withdrawalId: z.string().min(1).max(64) });

export const REJECT_REASONS = ["Suspected fraud", "Customer request", "Account restrictions", "Amount mismatch", "Other"] as const;

export const rejectWithdrawalSchema = withdrawalIdSchema.extend({
  reason: z.enum(REJECT_REASONS, { message: "Choose a reason." }),
  comment: z.string().trim().min(5, "Say in a few words why (at least 5 characters).").max(1000),
});
export type RejectWithdrawalInput = z.infer<typeof rejectWithdrawalSchema>;
