import type { z } from "zod";

import { badRequest, type ErrorDetail } from "./errors";

/**
 * Parses with zod and, on failure, throws InvestSuite's pydantic-style 400
 * (`loc`/`msg`/`type`), so clients see the same body the real API documents.
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  data: unknown,
  locPrefix: (string | number)[] = ["body"],
  echoBody: unknown = data,
): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw badRequest(
    result.error.issues.flatMap((issue) => toDetails(issue, locPrefix)),
    echoBody,
  );
}

export function toDetails(issue: z.core.$ZodIssue, locPrefix: (string | number)[]): ErrorDetail[] {
  const loc = [...locPrefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({ loc: [...loc, key], msg: "extra fields not permitted", type: "value_error.extra" }));
    case "invalid_type":
      if (issue.message.includes("received undefined")) return [{ loc, msg: "field required", type: "value_error.missing" }];
      return [{ loc, msg: `value is not a valid ${issue.expected}`, type: `type_error.${issue.expected}` }];
    case "invalid_format":
      if (issue.format === "regex" && "pattern" in issue)
        return [{ loc, msg: `string does not match regex "${patternText(String(issue.pattern))}"`, type: "value_error.str.regex" }];
      return [{ loc, msg: issue.message, type: `value_error.${issue.format}` }];
    case "invalid_value":
      return [
        {
          loc,
          msg: `value is not a valid enumeration member; permitted: ${issue.values.map((v) => `'${String(v)}'`).join(", ")}`,
          type: "type_error.enum",
        },
      ];
    case "too_big":
      if (issue.origin === "string")
        return [{ loc, msg: `ensure this value has at most ${String(issue.maximum)} characters`, type: "value_error.any_str.max_length" }];
      return [{ loc, msg: `ensure this value is less than or equal to ${String(issue.maximum)}`, type: "value_error.number.not_le" }];
    case "too_small":
      if (issue.origin === "string")
        return [{ loc, msg: `ensure this value has at least ${String(issue.minimum)} characters`, type: "value_error.any_str.min_length" }];
      return [{ loc, msg: `ensure this value is greater than or equal to ${String(issue.minimum)}`, type: "value_error.number.not_ge" }];
    default:
      return [{ loc, msg: issue.message, type: "value_error" }];
  }
}

/** zod prints RegExp sources; show them with InvestSuite's `\Z` anchor as its docs do. */
function patternText(source: string): string {
  const body = source.startsWith("/") ? source.slice(1, source.lastIndexOf("/")) : source;
  return body.replace(/\$$/, "\\Z");
}
