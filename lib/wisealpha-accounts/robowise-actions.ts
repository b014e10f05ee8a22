import "server-only";

import { auditedProviderWrite } from "@/lib/audit/audited-provider-write";
import type { CurrentUser } from "@/lib/auth/session";
import { getWiseAlphaClient } from "@/lib/providers/server-clients";
import type { CloseRobowiseInput } from "@/lib/validations/wisealpha-accounts";

/**
 * Asks WiseAlpha to close a robowise portfolio (seed 004 "Close a Robowise Portfolio"): it goes
 * to `closing` now, and robowise.closed arrives when it is done. Closing twice is refused by
 * WiseAlpha (400), so a repeat after a lost answer does no harm. Audited before and after.
 */
export async function closeRobowisePortfolio(actor: CurrentUser, input: CloseRobowiseInput) {
  const client = getWiseAlphaClient();
  return auditedProviderWrite(
    {
      actor,
      provider: "wisealpha",
      action: "wisealpha_robowise.close_requested",
      targetType: "wisealpha_robowise",
      targetId: input.robowiseId,
      details: { customer: input.customerRef, account: input.accountId, closureType: input.closureType },
    },
    () =>
      client.closeRobowise({
        customerId: input.customerRef,
        accountId: input.accountId,
        robowiseId: input.robowiseId,
        closureType: input.closureType,
      }),
    (result) => ({ result: { state: result.status.state }, details: { state: result.status.state } }),
  );
}
