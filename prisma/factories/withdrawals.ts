import { randomUUID } from "node:crypto";

import type { Db } from "../../lib/db/create-client";
import { withdrawalIdempotencyKey } from "../../lib/withdrawals/divest-amount";

/**
 * An InvestSuite withdrawal whose cash is available: the state a maker prepares from.
 * Its portfolio reference is its own, so tests never meet each other's requests.
 */
export async function createCashAvailableWithdrawal(db: Pick<Db, "withdrawalRequest">, amount = "250.00") {
  const id = randomUUID();
  await db.withdrawalRequest.create({
    data: {
      id,
      provider: "INVESTSUITE",
      portfolioRef: `P-${id}`,
      currency: "EUR",
      amount,
      state: "CASH_AVAILABLE",
      idempotencyKey: withdrawalIdempotencyKey(id),
    },
  });
  return id;
}
