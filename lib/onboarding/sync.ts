import "server-only";

import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { syncCashlinkInvitations } from "@/lib/onboarding/sync-invitations";
import { syncWiseAlphaCustomers } from "@/lib/onboarding/sync-customers";
import { isProviderError } from "@/lib/providers/errors";
import { getCashlinkClient, getWiseAlphaClient } from "@/lib/providers/server-clients";

/** On demand from the customers page; the worker runs the same syncs on a timer. */
export async function syncWiseAlphaCustomersNow() {
  try {
    const customers = await syncWiseAlphaCustomers(getDb(), getWiseAlphaClient());
    const invitations = await syncCashlinkInvitations(getDb(), getCashlinkClient());
    return { customers, invitations };
  } catch (error) {
    if (isProviderError(error)) throw new AppError("PROVIDER", error.userMessage);
    throw error;
  }
}
