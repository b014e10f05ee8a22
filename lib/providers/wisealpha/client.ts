import { createCall, type WiseAlphaClientOptions } from "./call";
import { accountMethods } from "./client-accounts";
import { accountExtraMethods } from "./client-account-extras";
import { customerMethods } from "./client-customers";
import { holdingMethods } from "./client-holdings";
import { marketMethods } from "./client-market";
import { notificationMethods } from "./client-notifications";
import { reportMethods } from "./client-reports";
import { robowiseMethods } from "./client-robowise";

export type { WiseAlphaClientOptions } from "./call";

/**
 * Typed client for the WiseAlpha v1 API (seed 004), as a super account:
 * `Authorization: Token <key>` on every call.
 *
 * Retries: GETs are retried on timeouts, network errors, 5xx and 429 (shared providerFetch).
 * Writes are sent exactly once. WiseAlpha documents no idempotency key, so a repeated POST
 * could withdraw or buy twice; a write that got no answer fails with a non-retryable
 * ProviderError that says the outcome is unknown, and the caller checks before resending
 * (`findWithdrawal`, open orders by original_id).
 */
export function createWiseAlphaClient(options: WiseAlphaClientOptions) {
  const call = createCall(options);
  return {
    ...customerMethods(call, options),
    ...accountMethods(call),
    ...marketMethods(call),
    ...holdingMethods(call),
    ...accountExtraMethods(call),
    ...robowiseMethods(call),
    ...reportMethods(call, options.fetch),
    ...notificationMethods(call),
  };
}

export type WiseAlphaClient = ReturnType<typeof createWiseAlphaClient>;
