"use server";

import { areaAction, done } from "@/lib/actions/safe-action";
import { approveChange } from "@/lib/four-eyes/approve-change-request";
import { cancelChange, rejectChange } from "@/lib/four-eyes/change-requests";
import { changeRequestIdSchema, rejectChangeRequestSchema } from "@/lib/validations/four-eyes";

// The gate lets every role in; whether this person may decide this request is
// checked inside by its kind's approve permission (lib/auth/four-eyes-policy.ts)
// and the eligibility rules (lib/four-eyes/eligibility.ts).
const decide = areaAction("approvals.decide", { refresh: "/approvals" });

export const approveChangeRequestAction = decide("approveChangeRequest", changeRequestIdSchema, (input, { user }) =>
  approveChange(user, input.changeRequestId),
);
export const rejectChangeRequestAction = decide("rejectChangeRequest", rejectChangeRequestSchema, (input, { user }) =>
  done(rejectChange(user, input)),
);
export const cancelChangeRequestAction = decide("cancelChangeRequest", changeRequestIdSchema, (input, { user }) =>
  done(cancelChange(user, input.changeRequestId)),
);
