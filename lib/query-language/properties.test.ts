import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { FilterNode, Value } from "./ast";
import { matchesFilter } from "./evaluate";
import { parseQuery, QuerySyntaxError } from "./parse";
import { serializeQuery } from "./serialize";
import { queryArbitrary, recordArbitrary } from "./test-arbitraries";

/**
 * Valid canonical queries with a few random edits: reaches deep into the grammar, where
 * random text alone would almost always fail at the first token.
 */
const FRAGMENTS = [" ", "a", "eq", "in", "to", "and", "or", "orderby", "desc", ",", "[", "]", "(", ")", "'", "\u2019"];
const MORE = ['"', "\\", "*", "+", "%", "%2", "1", "-1.5e3", "null", "\n", ""];
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 4 }),
  insert: fc.oneof(fc.constantFrom(...FRAGMENTS, ...MORE), fc.string({ unit: "binary", maxLength: 2 })),
});
const queryishText = fc.tuple(queryArbitrary, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([query, edits]) =>
  edits.reduce((text, { at, remove, insert }) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + insert + text.slice(i + remove);
  }, serializeQuery(query)),
);

describe("parser robustness", () => {
  it("either parses or throws a QuerySyntaxError pointing inside the parsed text", () => {
    fc.assert(
      fc.property(queryishText, (input) => {
        try {
          const query = parseQuery(input);
          // Whatever parses also survives canonicalisation.
          expect(serializeQuery(parseQuery(serializeQuery(query)))).toBe(serializeQuery(query));
        } catch (error) {
          expect(error).toBeInstanceOf(QuerySyntaxError);
          const { position, input: parsed } = error as QuerySyntaxError;
          expect(position).toBeGreaterThanOrEqual(0);
          expect(position).toBeLessThanOrEqual(parsed.length);
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe("evaluation laws", () => {
  const withValue = (field: string, operator: "eq" | "neq", value: Value): FilterNode => ({
    type: "comparison",
    field,
    operator,
    value,
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(queryArbitrary, fc.jsonValue(), (query, record) => {
        expect(typeof matchesFilter(query.filter, record)).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });

  it("neq is exactly not eq, and in is an or of eqs", () => {
    const field = fc.constantFrom("a", "b", "c.d", "tags", "missing");
    const value = fc.oneof(
      fc.constantFrom<Value>({ kind: "null" }, { kind: "boolean", value: true }, { kind: "number", value: "1.0" }),
      fc.string({ maxLength: 3 }).map((v): Value => ({ kind: "string", value: v })),
      fc.constantFrom<Value>({ kind: "pattern", segments: ["", ""] }, { kind: "pattern", segments: ["2021", ""] }),
    );
    fc.assert(
      fc.property(field, fc.array(value, { minLength: 1, maxLength: 3 }), recordArbitrary, (f, values, record) => {
        const [first] = values;
        if (!first) return;
        expect(matchesFilter(withValue(f, "neq", first), record)).toBe(!matchesFilter(withValue(f, "eq", first), record));
        const asIn: FilterNode = { type: "in", field: f, values: [first, ...values.slice(1)] };
        const asOr = values.some((v) => matchesFilter(withValue(f, "eq", v), record));
        expect(matchesFilter(asIn, record)).toBe(asOr);
      }),
      { numRuns: 1000 },
    );
  });
});
