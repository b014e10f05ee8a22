"use server";

import { areaAction, done, refuseField } from "@/lib/actions/safe-action";
import { approveWithdrawal, prepareWithdrawal, rejectWithdrawal } from "@/lib/withdrawals/decide-withdrawal";
import { requestWiseAlphaWithdrawal } from "@/lib/withdrawals/request-wisealpha-withdrawal";
import { loadPayees } from "@/lib/withdrawals/payee";
import {
  newWiseAlphaWithdrawalSchema,
  rejectWithdrawalSchema,
  withdrawalIdSchema,
  withdrawalIdsSchema,
} from "@/lib/validations/withdrawals";

const prepare = areaAction("withdrawals.prepare", { refresh: "/withdrawals" });
// Four eyes: the permission lets admins in; the domain rule refuses the maker, inside this action.
const decide = areaAction("withdrawals.decide", { refresh: "/withdrawals" });

export const prepareWithdrawalAction = prepare("prepareWithdrawal", withdrawalIdSchema, (input, { request }) =>
  done(prepareWithdrawal(request, input.withdrawalId)),
);
export const approveWithdrawalAction = decide("approveWithdrawal", withdrawalIdSchema, (input, { request }) =>
  approveWithdrawal(request, input.withdrawalId),
);

/** Read-only: who is paid and where, for the requests an approver is about to confirm (bulk approval dialog). */
export const loadWithdrawalPayeesAction = decide(
  "loadWithdrawalPayees",
  withdrawalIdsSchema,
  async (input) => ({ payees: await loadPayees(input.withdrawalIds) }),
  [],
);

export const rejectWithdrawalAction = decide("rejectWithdrawal", rejectWithdrawalSchema, (input, { request }) =>
  done(rejectWithdrawal(request, input)),
);

// Requesting is preparing: the requester becomes the maker, so another admin must approve.
export const requestWiseAlphaWithdrawalAction = prepare(
  "requestWiseAlphaWithdrawal",
  newWiseAlphaWithdrawalSchema,
  async (input, { request }) => {
    const result = await requestWiseAlphaWithdrawal(request, input);
    // A refusal belongs next to the field it is about, like a validation error.
    if (!result.ok) refuseField(newWiseAlphaWithdrawalSchema, result.refusal);
    return { withdrawalId: result.withdrawalId };
  },
);
