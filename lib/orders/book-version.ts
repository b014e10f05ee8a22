import { getDb } from "@/lib/db";

/** A product's or a customer's orders change when one is added or updated (closing one updates it too). */
export async function getBookVersion(scope: { productId: string } | { customerRef: string }) {
  const found = await getDb().orderBookEntry.aggregate({ where: scope, _count: { _all: true }, _max: { updatedAt: true } });
  return { version: `${found._count._all}:${found._max.updatedAt?.getTime() ?? 0}` };
}
