import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { FilterNode, Query } from "./ast";
import { matchesFilter } from "./evaluate";
import { parseQuery } from "./parse";
import { SEED_EXAMPLES } from "./seed-examples";
import { serializeQuery, serializeQueryParam } from "./serialize";
import { queryArbitrary, recordArbitrary } from "./test-arbitraries";
import { stripSpans } from "./test-helpers";

const canonical = (input: string) => serializeQuery(parseQuery(input));

describe("serializeQuery: canonical text", () => {
  it.each([
    ["email+eq+'jane*'", "email eq 'jane*'"],
    ["email eq john*", "email eq 'john*'"],
    ["email  EQ   kristof   AND age gt 18", "email eq 'kristof' and age gt 18"],
    ["amount eq -12.50", "amount eq -12.50"],
    ["code eq '007'", "code eq '007'"],
    ["archived eq TRUE", "archived eq true"],
    ["field neq null", "field neq null"],
    ["field in ['value1','value2' , 3]", "field in ['value1', 'value2', 3]"],
    ["lastmodified+in+['20200101'+to+'20240101']", "lastmodified in ['20200101' to '20240101']"],
    ["email+eq+'*tom*'+and+firstname+in+[\u2019tom',+\u2018thomas\u2019]", "email eq '*tom*' and firstname in ['tom', 'thomas']"],
    ["name eq 'O\u2019Brien'", "name eq 'O\u2019Brien'"],
    [String.raw`name eq 'O\'Brien \\ 5\* *'`, String.raw`name eq 'O\'Brien \\ 5\* *'`],
    ["(a eq 1 or b eq 2) and c eq 3", "(a eq 1 or b eq 2) and c eq 3"],
    ["(a eq 1 and b eq 2) or c eq 3", "a eq 1 and b eq 2 or c eq 3"],
    ["a eq 1 and (b eq 2 and c eq 3)", "a eq 1 and (b eq 2 and c eq 3)"],
    ["((a eq 1))", "a eq 1"],
    ["orderby+age+asc", "orderby age"],
    ["orderby+age+desc,+firstname", "orderby age desc, firstname"],
    ["a eq 1 orderby manager.bank_account DESC", "a eq 1 orderby manager.bank_account desc"],
    ["", ""],
  ])("%s -> %s", (input, expected) => {
    expect(canonical(input)).toBe(expected);
  });

  it("writes the URL parameter in the docs' style", () => {
    expect(serializeQueryParam(parseQuery("email eq 'jane+x@example.com' orderby age desc, name"))).toBe(
      "email+eq+'jane%2Bx@example.com'+orderby+age+desc,+name",
    );
    expect(serializeQueryParam(parseQuery("d in ['20200101' to '20240101']"))).toBe("d+in+['20200101'+to+'20240101']");
  });

  it("refuses ASTs that no text can express", () => {
    const bad = (filter: FilterNode): Query => ({ filter, orderBy: [] });
    expect(() => serializeQuery(bad({ type: "comparison", field: "a b", operator: "eq", value: { kind: "null" } }))).toThrow(
      'Cannot serialize field name "a b"',
    );
    expect(() => serializeQuery(bad({ type: "comparison", field: "a", operator: "eq", value: { kind: "number", value: "1,5" } }))).toThrow(
      'Cannot serialize number "1,5"',
    );
    expect(() => serializeQuery({ filter: null, orderBy: [{ field: "desc", direction: "asc" }] })).toThrow(
      'Cannot serialize orderby field "desc"',
    );
  });
});

describe("round trips (fast-check)", () => {
  it("parseQuery(serializeQuery(q)) equals q for arbitrary ASTs", () => {
    fc.assert(
      fc.property(queryArbitrary, (query) => {
        expect(stripSpans(parseQuery(serializeQuery(query)))).toEqual(query);
      }),
      { numRuns: 500 },
    );
  });

  it("the URL parameter form round-trips too", () => {
    fc.assert(
      fc.property(queryArbitrary, (query) => {
        expect(stripSpans(parseQuery(serializeQueryParam(query)))).toEqual(query);
      }),
      { numRuns: 300 },
    );
  });

  it("a re-parsed query filters records exactly like the original", () => {
    fc.assert(
      fc.property(queryArbitrary, fc.array(recordArbitrary, { maxLength: 5 }), (query, records) => {
        const reparsed = parseQuery(serializeQuery(query));
        for (const record of records) {
          expect(matchesFilter(reparsed.filter, record)).toBe(matchesFilter(query.filter, record));
        }
      }),
      { numRuns: 200 },
    );
  });

  it.each(SEED_EXAMPLES.map((e) => [e.source, e.query] as const))("%s is stable", (_source, input) => {
    const first = stripSpans(parseQuery(input));
    const text = serializeQuery(first);
    expect(stripSpans(parseQuery(text))).toEqual(first);
    expect(serializeQuery(parseQuery(text))).toBe(text);
  });
});
