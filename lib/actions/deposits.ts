"use server";

import { areaAction, refuseField } from "@/lib/actions/safe-action";
import { approveDeposit, rejectDeposit } from "@/lib/deposits/decide-deposit";
import { recordDeposit } from "@/lib/deposits/record-deposit";
import { depositIdSchema, recordDepositSchema, rejectDepositSchema } from "@/lib/validations/deposits";

export const recordDepositAction = areaAction("deposits.record", { refresh: "/deposits" })(
  "recordDeposit",
  recordDepositSchema,
  async (input, { request }) => {
    const result = await recordDeposit(request, input);
    // A refusal (unknown portfolio, wrong currency, reference already recorded) belongs next to its field.
    if (!result.ok) refuseField(recordDepositSchema, result.refusal);
    return { depositId: result.depositId, requiresApproval: result.requiresApproval };
  },
);

// Four eyes: the permission lets admins in; the domain rule refuses the person who recorded it, inside this action.
const decide = areaAction("deposits.approve", { refresh: "/deposits" });

export const approveDepositAction = decide("approveDeposit", depositIdSchema, (input, { request }) =>
  approveDeposit(request, input.depositId),
);
export const rejectDepositAction = decide("rejectDeposit", rejectDepositSchema, (input, { request }) => rejectDeposit(request, input));
