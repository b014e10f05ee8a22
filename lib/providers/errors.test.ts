import { describe, expect, it } from "vitest";

import { ProviderError, toUserMessage, type ProviderErrorOptions } from "./errors";

/** A provider error as a client raises it: which provider, what went wrong, the HTTP status (null when none came), the rest. */
const providerError = (
  provider: ProviderErrorOptions["provider"],
  code: ProviderErrorOptions["code"],
  status: number | null,
  rest: Omit<ProviderErrorOptions, "provider" | "code" | "status">,
) => new ProviderError({ provider, code, status, ...rest });

describe("ProviderError", () => {
  it("says which provider, what happened and what to do", () => {
    const error = providerError("cashlink", "timeout", null, { retryable: true, context: { timeoutMs: 10_000 } });
    expect(error.userMessage).toBe("Cashlink did not answer within 10 s. Nothing was changed on our side; try again.");
    expect(toUserMessage(error)).toBe(error.userMessage);
    expect(error.message).toBe("cashlink timeout");
  });

  it("warns that a write without a clear answer may have been applied", () => {
    const error = providerError("wisealpha", "timeout", null, {
      retryable: false,
      context: { timeoutMs: 2500, outcomeUnknown: true },
    });
    expect(error.userMessage).toBe(
      "WiseAlpha did not answer within 2.5 s. It may or may not have been applied at WiseAlpha: check there before trying again.",
    );
  });

  it("keeps the provider body out of the message and in details", () => {
    const error = providerError("investsuite", "not_found", 404, { retryable: false, details: { detail: "Jane Doe" } });
    expect(error.message).toBe("investsuite not_found (HTTP 404)");
    expect(error.userMessage).toBe(
      "InvestSuite does not know this record (HTTP 404). It may have been removed there; refresh and check the reference.",
    );
    expect(error.userMessage).not.toContain("Jane");
    expect(error.details).toEqual({ detail: "Jane Doe" });
  });

  it("accepts an explicit user message", () => {
    const error = providerError("cashlink", "conflict", 409, { retryable: false, userMessage: "Already delivered." });
    expect(error.userMessage).toBe("Already delivered.");
  });
});
