import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => v || undefined);

const optionalDate = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (!v) return undefined;
    const date = new Date(v);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: `"${v}" is not a date.` });
      return z.NEVER;
    }
    return date;
  });

/** Audit filters as they live in the URL. Unknown keys are ignored; bad values say why. */
export const auditFilterSchema = z.object({
  action: optionalText,
  actor: optionalText,
  target: optionalText,
  outcome: z.enum(["SUCCESS", "DENIED", "FAILURE"]).optional().or(z.literal("").transform(() => undefined)),
  from: optionalDate,
  to: optionalDate,
  /** Keyset cursor: entries with an id below this one (ids only grow). */
  before: z
    .string()
    .regex(/^\d+$/, "Cursor must be a number.")
    .optional(),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

export function parseAuditFilter(searchParams: Record<string, string | string[] | undefined>) {
  const flat = Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return auditFilterSchema.safeParse(flat);
}
