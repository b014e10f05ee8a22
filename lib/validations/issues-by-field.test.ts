import { describe, expect, it } from "vitest";
import { z } from "zod";

import { issuesByField } from "./issues-by-field";

describe("issuesByField", () => {
  it("groups messages by field path, nested paths dotted, whole-input issues under _form", () => {
    const schema = z.object({
      amount: z.string().min(1, "Enter an amount."),
      address: z.object({ postcode: z.string().min(3, "Too short.") }),
    });
    const parsed = schema.safeParse({ amount: "", address: { postcode: "x" } });
    expect(parsed.success).toBe(false);
    expect(issuesByField(parsed.error!)).toEqual({ amount: ["Enter an amount."], "address.postcode": ["Too short."] });
    const whole = z
      .object({ a: z.string() })
      .refine(() => false, "Nothing fits.")
      .safeParse({ a: "x" });
    expect(issuesByField(whole.error!)).toEqual({ _form: ["Nothing fits."] });
  });
});
