import { redirect } from "next/navigation";

import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { loadCustomerLookup } from "@/lib/orders/url-state";
import { WISEALPHA_CUSTOMER_ID } from "@/lib/url-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The customer lookup form's target: a valid id goes to the customer, anything else says why. */
export default async function CustomerLookupPage({ searchParams }: Props) {
  await requirePagePermission("orders.read");
  const id = (await loadCustomerLookup(searchParams)).id?.trim() ?? "";
  if (WISEALPHA_CUSTOMER_ID.test(id)) redirect(`/orders/customers/${id}`);
  // Echo at most a little of what was typed: the value may be anything (100,000 characters, control bytes).
  const shown = id.length > 40 ? `${id.slice(0, 40)}…` : id;
  return (
    <>
      <PageHeader title="Customer" />
      <p role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-800">
        &quot;{shown}&quot; is not a WiseAlpha customer id: they are eight digits, e.g. 10000001.
      </p>
    </>
  );
}
