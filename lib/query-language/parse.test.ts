import { describe, expect, it } from "vitest";

import type { Query } from "./ast";
import { parseQuery } from "./parse";
import { SEED_EXAMPLES, SEED_TYPO_UNTERMINATED } from "./seed-examples";
import { catchError, stripSpans } from "./test-helpers";

const str = (value: string) => ({ kind: "string", value }) as const;
const num = (value: string) => ({ kind: "number", value }) as const;
const cmp = (field: string, operator: string, value: unknown) => ({ type: "comparison", field, operator, value });

function parsed(input: string): Query {
  return stripSpans(parseQuery(input));
}

describe("parseQuery: operators table (seed 001)", () => {
  it.each([
    ["age eq 1", cmp("age", "eq", num("1"))],
    ["age lt 18", cmp("age", "lt", num("18"))],
    ["age le 18", cmp("age", "le", num("18"))],
    ["age gt 18", cmp("age", "gt", num("18"))],
    ["age ge 18", cmp("age", "ge", num("18"))],
    ["email eq 'jane.doe@example.com'", cmp("email", "eq", str("jane.doe@example.com"))],
    ["email eq john*", cmp("email", "eq", { kind: "pattern", segments: ["john", ""] })],
    ["email eq '*gmail.com'", cmp("email", "eq", { kind: "pattern", segments: ["", "gmail.com"] })],
    ["email eq '*gmail*'", cmp("email", "eq", { kind: "pattern", segments: ["", "gmail", ""] })],
    ["email eq 'j*e@x*'", cmp("email", "eq", { kind: "pattern", segments: ["j", "e@x", ""] })],
    ["last_modified eq '2020-09-11T09:03:53.721588+00:00'", cmp("last_modified", "eq", str("2020-09-11T09:03:53.721588+00:00"))],
    ["archived eq true", cmp("archived", "eq", { kind: "boolean", value: true })],
    ["archived eq FALSE", cmp("archived", "eq", { kind: "boolean", value: false })],
    ["field eq null", cmp("field", "eq", { kind: "null" })],
    ["field neq null", cmp("field", "neq", { kind: "null" })],
    ["amount eq -12.50", cmp("amount", "eq", num("-12.50"))],
    ["divest_amount eq 1e100", cmp("divest_amount", "eq", num("1e100"))],
    ["code eq '007'", cmp("code", "eq", str("007"))],
    ["email eq kristof", cmp("email", "eq", str("kristof"))],
    ["portfolio.$USD gt 0", cmp("portfolio.$USD", "gt", num("0"))],
  ])("%s", (input, filter) => {
    expect(parsed(input)).toEqual({ filter, orderBy: [] });
  });

  it("parses lists and the three range forms", () => {
    expect(parsed("field in ['value1', 'value2', 3, null, true]").filter).toEqual({
      type: "in",
      field: "field",
      values: [str("value1"), str("value2"), num("3"), { kind: "null" }, { kind: "boolean", value: true }],
    });
    for (const [from, to] of [
      ["20200101", "20210101"],
      ["2020-09-11T09:03:53.721588", "2020-11-11T09:03:53.721588"],
      ["2020-09-11T09:03:53.721588+00:00", "2020-11-11T09:03:53.721588+00:00"],
    ] as const) {
      expect(parsed(`lastmodified in ['${from}' to '${to}']`).filter).toEqual({
        type: "range",
        field: "lastmodified",
        from: str(from),
        to: str(to),
      });
    }
    expect(parsed("age in [18 to 65]").filter).toEqual({ type: "range", field: "age", from: num("18"), to: num("65") });
  });

  it("binds and tighter than or, flattens chains and keeps explicit groups", () => {
    const a = cmp("a", "eq", num("1"));
    const b = cmp("b", "eq", num("2"));
    const c = cmp("c", "eq", num("3"));
    expect(parsed("a eq 1 or b eq 2 and c eq 3").filter).toEqual({ type: "or", children: [a, { type: "and", children: [b, c] }] });
    expect(parsed("a eq 1 and b eq 2 or c eq 3").filter).toEqual({ type: "or", children: [{ type: "and", children: [a, b] }, c] });
    expect(parsed("(a eq 1 or b eq 2) and c eq 3").filter).toEqual({ type: "and", children: [{ type: "or", children: [a, b] }, c] });
    expect(parsed("a eq 1 AND b eq 2 and c eq 3").filter).toEqual({ type: "and", children: [a, b, c] });
    expect(parsed("a eq 1 and (b eq 2 and c eq 3)").filter).toEqual({ type: "and", children: [a, { type: "and", children: [b, c] }] });
    expect(parsed("((a eq 1))").filter).toEqual(a);
  });

  it("parses orderby keys, directions and nested names", () => {
    expect(parsed("orderby age desc, firstname, manager.bank_account ASC")).toEqual({
      filter: null,
      orderBy: [
        { field: "age", direction: "desc" },
        { field: "firstname", direction: "asc" },
        { field: "manager.bank_account", direction: "asc" },
      ],
    });
    expect(parsed("archived eq false orderby name").orderBy).toEqual([{ field: "name", direction: "asc" }]);
    expect(parsed("")).toEqual({ filter: null, orderBy: [] });
    expect(parsed("   ")).toEqual({ filter: null, orderBy: [] });
  });

  it("keeps source positions on nodes", () => {
    const q = parseQuery("name eq 'x' orderby age desc");
    expect(q.filter).toMatchObject({
      span: { start: 0, end: 11 },
      fieldSpan: { start: 0, end: 4 },
      value: { span: { start: 8, end: 11 } },
    });
    expect(q.orderBy[0]?.span).toEqual({ start: 20, end: 28 });
  });
});

describe("parseQuery: quoting and escaping", () => {
  it.each([
    [String.raw`name eq 'O\'Brien'`, str("O'Brien")],
    [String.raw`path eq 'a\\b'`, str("a\\b")],
    [String.raw`note eq 'five\*'`, str("five*")],
    [String.raw`note eq 'a\**'`, { kind: "pattern", segments: ["a*", ""] }],
    ["name eq 'O\u2019Brien'", str("O\u2019Brien")],
    ["name eq ''", str("")],
    ["name eq 'and'", str("and")],
    ["name eq 'a  b'", str("a  b")],
    ["name eq \u2018thomas\u2019", str("thomas")],
    ["name eq \u2019tom'", str("tom")],
  ])("%s", (input, value) => {
    expect(parsed(input).filter).toEqual(cmp(input.split(" ")[0] ?? "", "eq", value));
  });
});

describe("parseQuery: '+' and URL form", () => {
  it("treats + as a literal in decoded input", () => {
    expect(parsed("email eq 'jane+test@example.com'").filter).toEqual(cmp("email", "eq", str("jane+test@example.com")));
    expect(parsed("email eq jane+test@example.com").filter).toEqual(cmp("email", "eq", str("jane+test@example.com")));
  });

  it("decodes URL-form input: + is a space everywhere, %2B is a plus", () => {
    expect(parsed("email+eq+'jane*'").filter).toEqual(cmp("email", "eq", { kind: "pattern", segments: ["jane", ""] }));
    expect(parsed("name+eq+'a+b'").filter).toEqual(cmp("name", "eq", str("a b")));
    expect(parsed("email+eq+'jane%2Btest@example.com'").filter).toEqual(cmp("email", "eq", str("jane+test@example.com")));
    expect(parsed("age%20gt%2018").filter).toEqual(cmp("age", "gt", num("18")));
  });

  it("lets the caller force either reading", () => {
    expect(stripSpans(parseQuery("name eq 'a+b'", { urlForm: true })).filter).toEqual(cmp("name", "eq", str("a b")));
    expect(() => parseQuery("age+eq+1", { urlForm: false })).toThrow("Expected a field name at position 0 but found 'age+eq+1'");
  });

  it("reports malformed percent escapes at their position", () => {
    const error = catchError(() => parseQuery("name+eq+'%ZZ'"));
    expect(error.position).toBe(9);
    expect(error.message).toBe("Expected a percent-encoded byte (%XX) at position 9 but found '%ZZ'");
  });
});

describe("parseQuery: seed examples", () => {
  it.each(SEED_EXAMPLES.map((e) => [e.source, e.query] as const))("%s parses", (_source, query) => {
    expect(() => parseQuery(query)).not.toThrow();
  });

  it("reads the published examples the way the docs mean them", () => {
    const combined = SEED_EXAMPLES.find((e) => e.source.startsWith("001 combined"))?.query ?? "";
    expect(parsed(combined).filter).toEqual({
      type: "and",
      children: [
        cmp("email", "eq", { kind: "pattern", segments: ["", "tom", ""] }),
        { type: "in", field: "firstname", values: [str("tom"), str("thomas")] },
      ],
    });
    expect(parsed("orderby+age+desc,+firstname").orderBy).toEqual([
      { field: "age", direction: "desc" },
      { field: "firstname", direction: "asc" },
    ]);
    expect(parsed("lastmodified+in+['20200101'+to+'20240101']").filter).toEqual({
      type: "range",
      field: "lastmodified",
      from: str("20200101"),
      to: str("20240101"),
    });
  });

  it("rejects the docs' unterminated example at its opening quote", () => {
    const error = catchError(() => parseQuery(SEED_TYPO_UNTERMINATED));
    expect(error.position).toBe(9);
    expect(error.message).toBe("Expected a closing quote (') for the string starting at position 9 but found end of input");
  });
});
