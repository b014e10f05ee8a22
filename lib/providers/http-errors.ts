import { ProviderError, type ProviderErrorCode, type ProviderName } from "./errors";

/** Provider error bodies are kept for logs; cap them so one odd HTML error page does not flood the log. */
export const MAX_DETAILS_CHARS = 2_000;

export function httpError(
  provider: ProviderName,
  status: number,
  details: unknown,
  safeToRepeat: boolean,
  keyedWrite = false,
): ProviderError {
  const code = codeForStatus(status);
  // A 429 was refused before processing, so it is repeatable even for a plain write; a 5xx or 408 is not known to be.
  const retryable = code === "rate_limited" || ((code === "server_error" || code === "timeout") && safeToRepeat);
  const outcomeUnknown = (code === "server_error" || code === "timeout") && !safeToRepeat;
  return new ProviderError({
    provider,
    code,
    status,
    retryable,
    details,
    context: { fields: fieldNames(details), outcomeUnknown, keyedWrite },
  });
}

export function invalidResponse(provider: ProviderName, status: number, details: unknown, isWrite: boolean, cause: unknown) {
  return new ProviderError({
    provider,
    code: "invalid_response",
    status,
    retryable: false,
    details,
    context: { outcomeUnknown: isWrite },
    cause,
  });
}

export function codeForStatus(status: number): ProviderErrorCode {
  if (status >= 500) return "server_error";
  switch (status) {
    case 400:
    case 422:
      return "validation";
    case 401:
      return "unauthorized";
    case 403:
      return "forbidden";
    case 404:
    case 410:
      return "not_found";
    case 408:
      return "timeout";
    case 409:
      return "conflict";
    case 429:
      return "rate_limited";
    default:
      return "bad_request";
  }
}

export function parseDetails(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, MAX_DETAILS_CHARS);
  }
}

const NON_FIELD_KEYS = new Set(["detail", "non_field_errors", "message", "error", "errors", "code", "error_description"]);

/** Field names from DRF (`{"field": ["msg"]}`) or FastAPI (`{"detail": [{"loc": [...]}]}`) bodies; names only, no values. */
function fieldNames(details: unknown): string[] {
  if (!isRecord(details)) return [];
  if (Array.isArray(details.detail)) {
    return details.detail.flatMap((issue) =>
      isRecord(issue) && Array.isArray(issue.loc) ? [issue.loc.filter((part) => part !== "body").join(".")] : [],
    );
  }
  return Object.keys(details).filter((key) => !NON_FIELD_KEYS.has(key) && (Array.isArray(details[key]) || isRecord(details[key])));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
