import { describe, expect, it } from "vitest";

import { prettyJson } from "./pretty-json";

describe("prettyJson", () => {
  it("indents like JSON.stringify for ordinary JSON", () => {
    const value = { a: 1, b: [1, 2, { c: "x" }], d: {}, e: [], f: null, g: true };
    expect(prettyJson(JSON.stringify(value))).toBe(JSON.stringify(value, null, 2));
  });

  it("keeps numbers and strings exactly as stored", () => {
    const text = '{"amount": 1234.567890123456789012, "full": 1e100, "note": "a, b: {c} [d] \\"q\\" \\\\"}';
    expect(prettyJson(text)).toBe('{\n  "amount": 1234.567890123456789012,\n  "full": 1e100,\n  "note": "a, b: {c} [d] \\"q\\" \\\\"\n}');
  });

  it("handles empty containers with spaces inside, as PostgreSQL prints them", () => {
    expect(prettyJson('{"a": [ ], "b": { }}')).toBe('{\n  "a": [],\n  "b": {}\n}');
  });
});
