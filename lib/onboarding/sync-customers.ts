import type { Db } from "@/lib/db/create-client";
import type { WiseAlphaClient } from "@/lib/providers/wisealpha/client";
import type { WiseAlphaCustomer } from "@/lib/providers/wisealpha/transform";

import { saveCustomerSnapshots } from "./customer-projection";

/**
 * Reads every managed customer from WiseAlpha (pages of 100) into the projection, one
 * batched statement per page. Catches what events missed (a lost webhook, customers made
 * elsewhere). A page's read time is its statement time, so a newer event wins.
 */
export async function syncWiseAlphaCustomers(db: Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">, client: WiseAlphaClient) {
  const started = Date.now();
  let read = 0;
  let written = 0;
  let page: WiseAlphaCustomer[] = [];
  const flush = async (readAt: Date) => {
    written += (await saveCustomerSnapshots(db, page, readAt)).length;
    page = [];
  };
  let readAt = new Date();
  for await (const customer of client.iterateCustomers()) {
    if (page.length === 0) readAt = new Date();
    page.push(customer);
    read++;
    if (page.length >= 500) await flush(readAt);
  }
  if (page.length > 0) await flush(readAt);
  return { read, written, ms: Date.now() - started };
}
