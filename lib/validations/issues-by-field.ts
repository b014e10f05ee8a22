import type { z } from "zod";

/** Messages per field path ("amount", "address.postcode"); issues about the whole input go under "_form". */
export type IssuesByField = Record<string, string[]>;

/**
 * A client form's own zod check, shaped for showing each message next to its field. The
 * forms parse with the same schema as their server action; this only groups the issues.
 */
export function issuesByField(error: z.ZodError): IssuesByField {
  const byField: IssuesByField = {};
  for (const issue of error.issues) (byField[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  return byField;
}
