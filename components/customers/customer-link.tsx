import Link from "next/link";

import type { Provider } from "@/generated/prisma/enums";
import { hasPermission } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { findCustomerFor } from "@/lib/customers/find-customer-for";

/** "Customer: <name>" linking a provider person's page to their customer (issue #14); nothing when unknown. */
export async function CustomerLink({ provider, providerId }: { provider: Provider; providerId: string | null | undefined }) {
  const user = await getCurrentUser();
  if (!user || !hasPermission(user.role, "customers.read")) return null;
  const customer = await findCustomerFor(provider, providerId);
  if (!customer) return null;
  return (
    <p className="mb-3 text-sm" data-testid="customer-link">
      Customer:{" "}
      <Link href={`/customers/${customer.id}`} className="font-medium underline">
        {customer.displayName || "(no name)"}
      </Link>{" "}
      <span className="text-slate-600">
        ({customer.providers.length} provider{customer.providers.length === 1 ? "" : "s"})
      </span>
    </p>
  );
}
