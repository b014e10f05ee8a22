import { describe, expect, it } from "vitest";

import { refusalOf } from "./error-body";

describe("WiseAlpha 4xx bodies", () => {
  it("field lists, nested parameters, and detail/non_field_errors as the form's message", () => {
    expect(refusalOf({ amount: ["Ensure this value is greater than 0."] })).toEqual({
      fields: { amount: "Ensure this value is greater than 0." },
      form: null,
    });
    expect(refusalOf({ parameters: { risk_profile_id: ['Invalid pk "X1" - object does not exist.'] } })).toEqual({
      fields: { "parameters.risk_profile_id": 'Invalid pk "X1" - object does not exist.' },
      form: null,
    });
    expect(refusalOf({ detail: "Insufficient funds." })).toEqual({ fields: {}, form: "Insufficient funds." });
    expect(refusalOf({ non_field_errors: ["a", "b"] })).toEqual({ fields: {}, form: "a b" });
  });

  it("anything else (no body, HTML, numbers, deep nesting) gives nothing, and long messages are clipped", () => {
    expect(refusalOf(undefined)).toEqual({ fields: {}, form: null });
    expect(refusalOf("<html>")).toEqual({ fields: {}, form: null });
    expect(refusalOf({ amount: 5 })).toEqual({ fields: {}, form: null });
    expect(refusalOf({ a: { b: { c: { d: { e: ["deep"] } } } } })).toEqual({ fields: {}, form: null });
    expect(refusalOf({ detail: "x".repeat(1000) }).form).toHaveLength(298);
  });
});
