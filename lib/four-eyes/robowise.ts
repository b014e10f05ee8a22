import "server-only";

import Decimal from "decimal.js";

import { FOUR_EYES_CONDITIONS } from "@/lib/auth/four-eyes-policy";
import type { CurrentUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import type { FundRobowiseInput } from "@/lib/validations/wisealpha-robowise";
import { fundRobowisePortfolio, type FormOutcome } from "@/lib/wisealpha-accounts/robowise-writes";

import { requestChange } from "./change-requests";

export type FundOrRequest = { cash: string; currency: string; status?: undefined } | { status: "pending"; changeRequestId: string };

/**
 * Funding a robowise portfolio is an order by another name (robowise invests it at once), so
 * above ORDER_FOUR_EYES_ABOVE it waits for a second person like an order; below, it is sent now.
 * Robowise is GBP only (seed 004).
 */
export async function fundOrRequestRobowise(actor: CurrentUser, input: FundRobowiseInput): Promise<FormOutcome<FundOrRequest>> {
  const amount = new Decimal(input.amount).toFixed(2);
  if (!FOUR_EYES_CONDITIONS.placeOrder(getEnv().ORDER_FOUR_EYES_ABOVE, "GBP", amount)) return fundRobowisePortfolio(actor, input);
  const filed = await requestChange(actor, "robowise.fund_above_limit", {
    requestKey: input.requestKey,
    customerRef: input.customerRef,
    accountId: input.accountId,
    robowiseId: input.robowiseId,
    amount,
    currency: "GBP",
  });
  return { ok: true, value: { status: "pending", changeRequestId: filed.changeRequestId } };
}
