import { redirect } from "next/navigation";

import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The customer lookup form's target: a valid id goes to the customer, anything else says why. */
export default async function CustomerLookupPage({ searchParams }: Props) {
  await requirePagePermission("orders.read");
  const raw = (await searchParams).id;
  const id = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  if (/^\d{1,20}$/.test(id)) redirect(`/orders/customers/${id}`);
  return (
    <>
      <PageHeader title="Customer" />
      <p role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-800">
        &quot;{id}&quot; is not a WiseAlpha customer id: they are digits, e.g. 10000001.
      </p>
    </>
  );
}
