import { z } from "zod";

import type { EventHandler, HandledEvent } from "@/lib/events/handlers";

/**
 * investment.payment, investment.repayment and investment.partial_repayment (seed 004 "The
 * investment events"): one row per event, keyed by our event id, so a replay adds nothing.
 * robowise.closed: one row per event too.
 */
const decimal = z.union([z.string(), z.number()]).transform(String);
const envelope = z.object({
  id: z.string(),
  created: z.string().optional(),
  event_type: z.string(),
  customer_id: z.union([z.string(), z.number()]).transform(String),
});
const paymentSchema = envelope.extend({
  data: z.looseObject({
    investment: z.looseObject({ product_id: z.string(), company_name: z.string().default("") }),
    currency: z.string(),
    interest_payment: decimal,
    reinvesting_proceeds: z.boolean().optional(),
    call_price: decimal.optional(),
    principal_payment: decimal.optional(),
  }),
});
const closedSchema = envelope.extend({
  data: z.looseObject({
    robowise_account: z.string(),
    investment_account: z.string().optional(),
    closure_type: z.string().optional(),
    amount_returned: decimal.optional(),
    currency: z.string().optional(),
  }),
});

function parse<S extends z.ZodType>(schema: S, event: HandledEvent): z.output<S> {
  const parsed = schema.safeParse(event.payload);
  if (!parsed.success)
    throw new Error(`${event.type}: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message ?? "unreadable"}`);
  return parsed.data;
}
const when = (created: string | undefined) => {
  const date = created ? new Date(created) : new Date();
  return Number.isNaN(date.getTime()) ? new Date() : date;
};

export const onInvestmentPayment: EventHandler = async (tx, event) => {
  const e = parse(paymentSchema, event);
  await tx.wiseAlphaInvestmentPayment.upsert({
    where: { eventId: event.id },
    update: {},
    create: {
      eventId: event.id,
      providerEventId: e.id,
      customerRef: e.customer_id,
      productId: e.data.investment.product_id,
      companyName: e.data.investment.company_name,
      kind: e.event_type.replace(/^investment\./, ""),
      currency: e.data.currency,
      interestPayment: e.data.interest_payment,
      principalPayment: e.data.principal_payment ?? null,
      callPrice: e.data.call_price ?? null,
      reinvesting: e.data.reinvesting_proceeds ?? false,
      occurredAt: when(e.created),
    },
  });
};

export const onRobowiseClosed: EventHandler = async (tx, event) => {
  const e = parse(closedSchema, event);
  await tx.wiseAlphaRobowiseClosure.upsert({
    where: { eventId: event.id },
    update: {},
    create: {
      eventId: event.id,
      customerRef: e.customer_id,
      robowiseRef: e.data.robowise_account,
      accountRef: e.data.investment_account ?? null,
      closureType: e.data.closure_type ?? null,
      amountReturned: e.data.amount_returned ?? null,
      currency: e.data.currency ?? null,
      occurredAt: when(e.created),
    },
  });
};
