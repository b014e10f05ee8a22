import { isProviderError } from "@/lib/providers/errors";

/**
 * Expected errors: their message is written for the user and shown as is.
 * Anything else is logged with the request id and shown generically.
 */
export class AppError extends Error {
  constructor(
    readonly code: "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID" | "PROVIDER",
    message: string,
    readonly status: number = statusFor(code),
  ) {
    super(message);
    this.name = "AppError";
  }
}

/**
 * A domain rule the person broke (a state machine's or a case's refusal): its message is
 * written for them. A decision turns it into a CONFLICT they read (runDecision, lib/db/decision.ts).
 */
export class RuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

function statusFor(code: AppError["code"]): number {
  switch (code) {
    case "UNAUTHENTICATED":
      return 401;
    case "FORBIDDEN":
      return 403;
    case "NOT_FOUND":
      return 404;
    case "CONFLICT":
      return 409;
    case "INVALID":
      return 400;
    case "PROVIDER":
      return 502;
  }
}

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. It has been logged; please try again.";

/**
 * Runs a call to a provider for the person in front of the page: a provider failure becomes
 * an AppError carrying the provider's words (mapped by its client, shown as is); anything
 * else is thrown on, to be logged and shown generically.
 */
export async function atProvider<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isProviderError(error)) throw new AppError("PROVIDER", error.userMessage);
    throw error;
  }
}
