// GET /api/customers/:id/access-log - who looked at this customer (COMPLIANCE, ADMIN; refused to STAFF here)
import { NextResponse } from "next/server";

import { withPermission } from "@/lib/api/with-permission";
import { findCustomerAccesses } from "@/lib/customers/access-log";
import { customerIdSchema } from "@/lib/validations/customers";

type RouteContext = { params: Promise<{ id: string }> };

export const GET = withPermission<RouteContext>("customers.access_log", async (_request, { params }) => {
  const parsed = customerIdSchema.safeParse({ customerId: (await params).id });
  if (!parsed.success) return NextResponse.json({ error: { code: "INVALID", message: "Not a customer id." } }, { status: 400 });
  return NextResponse.json({ entries: await findCustomerAccesses(parsed.data.customerId) });
});
