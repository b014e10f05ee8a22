import "server-only";

import { getDb } from "@/lib/db";
import { atProvider } from "@/lib/errors";
import { syncCashlinkInvitations } from "@/lib/onboarding/sync-invitations";
import { syncWiseAlphaCustomers } from "@/lib/onboarding/sync-customers";
import { getCashlinkClient, getWiseAlphaClient } from "@/lib/providers/server-clients";

/** On demand from the customers page; the worker runs the same syncs on a timer. */
export async function syncWiseAlphaCustomersNow() {
  return atProvider(async () => {
    const customers = await syncWiseAlphaCustomers(getDb(), getWiseAlphaClient());
    const invitations = await syncCashlinkInvitations(getDb(), getCashlinkClient());
    return { customers, invitations };
  });
}
