export type ProviderName = "investsuite" | "wisealpha" | "cashlink";

export type ProviderErrorCode =
  | "timeout"
  | "network"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "validation"
  | "bad_request"
  | "rate_limited"
  | "server_error"
  | "invalid_response";

export const PROVIDER_LABELS: Record<ProviderName, string> = {
  investsuite: "InvestSuite",
  wisealpha: "WiseAlpha",
  cashlink: "Cashlink",
};

export type ProviderErrorOptions = {
  provider: ProviderName;
  code: ProviderErrorCode;
  /** HTTP status, or null when no response arrived (network error, timeout). */
  status: number | null;
  /** True when the same request may be sent again: the failure is transient and repeating it cannot apply it twice. */
  retryable: boolean;
  /** Overrides the default message built from provider + code. */
  userMessage?: string;
  /** The provider's error body or zod issues: for logs only, never shown to users. */
  details?: unknown;
  /** Extra facts for the default user message. */
  context?: {
    timeoutMs?: number;
    fields?: string[];
    /** A plain write got no clear answer: it may have been applied, and repeating it could apply it twice. */
    outcomeUnknown?: boolean;
    /** A write carrying an idempotency key got no clear answer: it may have been applied, but repeating it cannot apply it twice. */
    keyedWrite?: boolean;
  };
  cause?: unknown;
};

/**
 * One error shape for every provider call. `message` is for logs (provider, code,
 * status); `userMessage` is written for a back-office user and never contains the
 * provider's raw body, which may carry personal data.
 */
export class ProviderError extends Error {
  readonly provider: ProviderName;
  readonly code: ProviderErrorCode;
  readonly status: number | null;
  readonly retryable: boolean;
  readonly userMessage: string;
  readonly details: unknown;

  constructor(options: ProviderErrorOptions) {
    super(`${options.provider} ${options.code}${options.status === null ? "" : ` (HTTP ${options.status})`}`, { cause: options.cause });
    this.name = "ProviderError";
    this.provider = options.provider;
    this.code = options.code;
    this.status = options.status;
    this.retryable = options.retryable;
    this.details = options.details;
    this.userMessage = options.userMessage ?? defaultUserMessage(options);
  }
}

/** The same failure told in other words for the person (a refusal the caller understands better); the original is its cause. */
export function withUserMessage(error: ProviderError, userMessage: string): ProviderError {
  const { provider, code, status, retryable, details } = error;
  return new ProviderError({ provider, code, status, retryable, details, userMessage, cause: error });
}

export function isProviderError(error: unknown): error is ProviderError {
  return error instanceof ProviderError;
}

/** The text to show for a provider failure (the server-action template calls this). */
export function toUserMessage(error: ProviderError): string {
  return error.userMessage;
}

function defaultUserMessage({ provider, code, status, context = {} }: ProviderErrorOptions): string {
  const name = PROVIDER_LABELS[provider];
  const http = status === null ? "" : ` (HTTP ${status})`;
  // A write without an idempotency key that got no clear answer may have been applied: say so rather than invite a duplicate.
  const unknownOutcome = `It may or may not have been applied at ${name}: check there before trying again.`;
  // A keyed write that got no clear answer may well have been applied; "nothing changed" would be untrue,
  // but the same key makes a second attempt harmless, so the person may simply try again.
  const keyedRetry = `It may already have been applied at ${name}; trying again is safe, because ${name} applies a repeated request only once.`;
  const afterNoAnswer = (plainRetry: string) => (context.outcomeUnknown ? unknownOutcome : context.keyedWrite ? keyedRetry : plainRetry);
  switch (code) {
    case "timeout": {
      const within = context.timeoutMs ? ` within ${formatSeconds(context.timeoutMs)}` : " in time";
      return `${name} did not answer${within}. ${afterNoAnswer("Nothing was changed on our side; try again.")}`;
    }
    case "network":
      return `${name} could not be reached (network error). ${afterNoAnswer("Nothing was changed on our side; try again.")}`;
    case "server_error":
      return `${name} reported an internal error${http}. ${afterNoAnswer("Nothing was changed on our side; try again in a few minutes.")}`;
    case "rate_limited":
      return `${name} is limiting our requests${http}. Nothing was changed; wait a minute and try again.`;
    case "unauthorized":
      return `${name} refused our API credentials${http}. Ask an administrator to check the ${name} client settings.`;
    case "forbidden":
      return `${name} does not allow our account to do this${http}. Ask an administrator to check our ${name} API permissions.`;
    case "not_found":
      return `${name} does not know this record${http}. It may have been removed there; refresh and check the reference.`;
    case "conflict":
      return `${name} refused the change because the record is not in a state that allows it${http}. Refresh and check its current status.`;
    case "validation": {
      const fields = context.fields?.length ? ` (check: ${context.fields.slice(0, 5).join(", ")})` : "";
      return `${name} rejected the data as invalid or incomplete${fields}. Correct it and try again.`;
    }
    case "bad_request":
      return `${name} refused the request${http}. This needs a fix on our side; report it to the tech team.`;
    case "invalid_response":
      // A 2xx to a write means the provider accepted it; only the answer's shape is wrong.
      return `${name} sent an answer we could not read.${context.outcomeUnknown ? ` The change was probably applied at ${name}: check there before trying again.` : ""} This needs a fix on our side; report it to the tech team.`;
  }
}

function formatSeconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
