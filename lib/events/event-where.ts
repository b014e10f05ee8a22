import type { Prisma } from "@/generated/prisma/client";
import type { EventFilter } from "@/lib/validations/events";

/** The Prisma filter for an EventFilter, shared by the list, export, chart and bulk replay. */
export function eventWhere(filter: Omit<EventFilter, "before" | "q">): Prisma.ProviderEventWhereInput {
  const entity = filter.entity;
  return {
    ...(filter.provider && { provider: filter.provider }),
    ...(filter.type && { type: { startsWith: filter.type } }),
    ...(filter.status && { status: filter.status }),
    ...(entity && {
      OR: [
        { portfolioRef: entity },
        { userRef: entity },
        { customerRef: entity },
        { accountRef: entity },
        { orderRef: entity },
        { investmentRef: entity },
      ],
    }),
    ...((filter.from || filter.to) && { receivedAt: { ...(filter.from && { gte: filter.from }), ...(filter.to && { lte: filter.to }) } }),
  };
}
