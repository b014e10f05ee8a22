import { z } from "zod";

/**
 * WiseAlpha's 4xx bodies (seed 004 "Errors"): Django REST style, `{"field": ["message"]}`,
 * nested for `parameters`, or `{"detail": "…"}` / `non_field_errors` for the request as a
 * whole. Read here so the wire shape stays in the provider folder; callers get our field
 * paths (dotted, e.g. `parameters.risk_profile_id`) and one form-level message.
 */
export type WiseAlphaRefusal = { fields: Record<string, string>; form: string | null };

const messages = z.union([z.string(), z.array(z.string())]);
/** A refusal message is shown to staff: kept short, and only plain strings are taken. */
const clip = (text: string) => (text.length > 300 ? `${text.slice(0, 297)}…` : text);

export function refusalOf(body: unknown): WiseAlphaRefusal {
  const fields: Record<string, string> = {};
  const form: string[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (path.length > 3 || value === null || typeof value !== "object" || Array.isArray(value)) return;
    for (const [key, child] of Object.entries(value)) {
      const parsed = messages.safeParse(child);
      if (parsed.success) {
        const text = clip([parsed.data].flat().join(" "));
        if (key === "detail" || key === "non_field_errors" || key === "error") form.push(text);
        else fields[[...path, key].join(".")] = text;
      } else walk(child, [...path, key]);
    }
  };
  walk(body, []);
  return { fields, form: form.length ? form.join(" ") : null };
}
