import "server-only";

import type { Provider } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db";

/** The customer a provider's person belongs to, for the "Customer" link on other areas' pages. */
export async function findCustomerFor(provider: Provider, providerId: string | null | undefined) {
  if (!providerId) return null;
  const link = await getDb().customerLink.findUnique({
    where: { provider_providerId: { provider, providerId } },
    select: { customer: { select: { id: true, displayName: true, providers: true } } },
  });
  return link?.customer ?? null;
}
