"use server";

import { actionClient, areaAction } from "@/lib/actions/safe-action";
import { findCustomerAccesses } from "@/lib/customers/access-log";
import { confirmMatch, rejectMatch, unlinkPerson } from "@/lib/customers/decide-links";
import { customerIdSchema, decideMatchSchema, unlinkPersonSchema } from "@/lib/validations/customers";

// Linking decides who a person is: customers.link (COMPLIANCE, ADMIN), checked inside each action.
const link = areaAction("customers.link", { refresh: "/customers", type: "layout" });

export const confirmCustomerMatchAction = link("confirmCustomerMatch", decideMatchSchema, (input, { user }) =>
  confirmMatch(user, input.matchId, input.reason),
);
export const rejectCustomerMatchAction = link("rejectCustomerMatch", decideMatchSchema, (input, { user }) =>
  rejectMatch(user, input.matchId, input.reason),
);
export const unlinkCustomerPersonAction = link("unlinkCustomerPerson", unlinkPersonSchema, (input, { user }) =>
  unlinkPerson(user, input.customerId, input.provider, input.reason),
);

/** "Who looked at this customer": refused here to STAFF, not only hidden on the page. */
export const customerAccessLogAction = actionClient
  .metadata({ name: "customerAccessLog", permission: "customers.access_log" })
  .inputSchema(customerIdSchema)
  .action(async ({ parsedInput }) => ({ entries: await findCustomerAccesses(parsedInput.customerId) }));
