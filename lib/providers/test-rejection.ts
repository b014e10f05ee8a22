import { expect } from "vitest";

import { ProviderError } from "./errors";

// Test-only: the client tests ask "how did this call fail?" of many calls; one helper answers.

/** The ProviderError the call failed with; a call that succeeds or throws anything else fails the test. */
export async function providerRejection(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}
