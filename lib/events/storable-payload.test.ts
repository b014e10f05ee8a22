import { describe, expect, it } from "vitest";

import { MAX_PAYLOAD_DEPTH, unstorableJsonProblem } from "./storable-payload";

const wrap = (value: string) => `{"id":"E1","data":{"v":${value}}}`;

describe("unstorableJsonProblem", () => {
  it("accepts ordinary events, escaped pairs, exact decimals and the 1e100 marker", () => {
    for (const ok of ['"x"', '"\\ud83d\\ude00"', '"😀"', "1234.567890123456789012", "1e100", "-0.5", "0", "[1,2,{}]", '"a\\"b\\\\"']) {
      expect(unstorableJsonProblem(wrap(ok)), ok).toBeNull();
    }
  });

  // Boundaries measured on PostgreSQL 15 with `'[<number>]'::jsonb`.
  it.each(["1e131071", "9.9e131071", "1.5e131071", "0.1e131072", "1e-16383", "0.5e-16382", "0e999999", "-1E+131071", "0.00e131072"])(
    "accepts %s, which numeric can hold",
    (n) => expect(unstorableJsonProblem(wrap(n))).toBeNull(),
  );
  it.each([
    "1e131072",
    "10e131071",
    "0.1e131073",
    "1e+131072",
    "1e-16384",
    "1.0e-16383",
    "0e-99999",
    "1e2147483648",
    "0e2147483647",
    "1e99999999999999999999",
  ])("refuses %s, which overflows numeric", (n) => expect(unstorableJsonProblem(wrap(n))).toMatch(/number PostgreSQL cannot store/));
  it("refuses a number with more than 16,383 decimals", () => {
    expect(unstorableJsonProblem(wrap(`0.${"0".repeat(16383)}1`))).toMatch(/number/);
    expect(unstorableJsonProblem(wrap(`0.${"0".repeat(16381)}1`))).toBeNull();
  });

  it("refuses NUL, escaped or raw, and lone surrogates, escaped or raw", () => {
    expect(unstorableJsonProblem(wrap('"a\\u0000b"'))).toMatch(/NUL/);
    expect(unstorableJsonProblem(wrap('"a\u0000b"'))).toMatch(/NUL/);
    expect(unstorableJsonProblem(`{"a":1}\u0000`)).toMatch(/NUL/);
    for (const lone of ['"\\ud800"', '"\\uDBFFx"', '"\\udc00"', '"\\ud800\\u0041"', '"\ud800"', '"\udc00"']) {
      expect(unstorableJsonProblem(wrap(lone)), lone).toMatch(/surrogate/);
    }
    // Escapes inside strings are not mistaken for structure, and a key's quotes are handled alike.
    expect(unstorableJsonProblem('{"\\u0000":1}')).toMatch(/NUL/);
  });

  it(`refuses nesting deeper than ${MAX_PAYLOAD_DEPTH} levels, counting only outside strings`, () => {
    expect(unstorableJsonProblem(wrap(`${"[".repeat(MAX_PAYLOAD_DEPTH - 2)}${"]".repeat(MAX_PAYLOAD_DEPTH - 2)}`))).toBeNull();
    expect(unstorableJsonProblem(wrap(`${"[".repeat(10_000)}${"]".repeat(10_000)}`))).toMatch(/nested deeper than 64/);
    expect(unstorableJsonProblem(wrap(`"${"[".repeat(10_000)}"`))).toBeNull();
  });

  it("scans 1 MiB in one linear pass", () => {
    const big = wrap(`"${"x".repeat(1024 * 1024)}"`);
    const started = performance.now();
    expect(unstorableJsonProblem(big)).toBeNull();
    expect(performance.now() - started).toBeLessThan(200);
  });
});
