import { describe, expect, it } from "vitest";

import { portfolioField } from "@/lib/portfolios/portfolio-fields";

import { parseQuery } from "./parse";
import { BuilderUnsupportedError, filterToRuleGroup, ruleGroupToFilter } from "./query-builder-adapter";
import { SEED_EXAMPLES } from "./seed-examples";
import { serializeQuery } from "./serialize";
import { stripSpans } from "./test-helpers";

const typeOf = (field: string) => portfolioField(field)?.type;
const roundTrip = (text: string) => {
  const { filter } = parseQuery(text);
  return ruleGroupToFilter(filterToRuleGroup(filter), typeOf);
};

describe("query builder adapter: AST → rules → AST is the same query", () => {
  it.each([
    "base_currency eq 'USD' and money_type eq 'REAL_MONEY'",
    "status eq 'ACTIVE' or status eq 'INACTIVE'",
    "(status eq 'ACTIVE' or archived eq true) and config.manager_settings.divest_amount gt 0",
    "name eq 'x' and (base_currency eq 'EUR' and money_type eq 'PAPER_MONEY')",
    "name eq 'a' or name eq 'b' and (external_id eq 'c' or external_id eq 'd')",
    "status in ['ACTIVE', 'WAITING_FOR_FUNDS']",
    "config.manager_settings.divest_amount in [600.50, 1e100]",
    "creation_datetime in ['20200101' to '2024-01-01T00:00:00Z']",
    "config.manager_settings.divest_amount in [0 to 100.5]",
    "funded_since eq null and external_id neq null",
    "name eq 'jane*'",
    "name eq '*gmail.com'",
    "name eq '*tom*'",
    "name eq 'a*b*c'",
    String.raw`name eq 'literal \* star*'`,
    "name neq '*test*'",
    "name eq '600'",
    "config.manager_settings.divest_amount neq 0 and config.manager_settings.divest_amount neq null",
    "config.manager_settings.active eq false",
    "name ge 'M' and name lt 'N'",
  ])("%s", (text) => {
    expect(stripSpans(roundTrip(text))).toEqual(stripSpans(parseQuery(text).filter));
    expect(serializeQuery({ filter: roundTrip(text), orderBy: [] })).toBe(serializeQuery({ filter: parseQuery(text).filter, orderBy: [] }));
  });

  it("shows nested groups as nested rule groups", () => {
    const group = filterToRuleGroup(parseQuery("(status eq 'ACTIVE' or archived eq true) and name eq 'x'").filter);
    expect(group).toMatchObject({
      combinator: "and",
      rules: [
        {
          combinator: "or",
          rules: [
            { field: "status", operator: "eq", value: "ACTIVE" },
            { field: "archived", value: "true" },
          ],
        },
        { field: "name" },
      ],
    });
  });

  it("maps wildcards to readable operators", () => {
    const ops = (t: string) => filterToRuleGroup(parseQuery(t).filter).rules[0] as { operator: string; value: string };
    expect(ops("name eq 'jane*'")).toMatchObject({ operator: "beginsWith", value: "jane" });
    expect(ops("name eq '*gmail.com'")).toMatchObject({ operator: "endsWith", value: "gmail.com" });
    expect(ops("name eq '*gmail*'")).toMatchObject({ operator: "contains", value: "gmail" });
    expect(ops("name eq 'a*b'")).toMatchObject({ operator: "matches", value: "a*b" });
  });

  it("types values by field: a number field gets numbers, a string field keeps '600' a string", () => {
    const num = ruleGroupToFilter(
      { combinator: "and", rules: [{ field: "config.manager_settings.divest_amount", operator: "eq", value: "600.0" }] },
      typeOf,
    );
    expect(num).toMatchObject({ value: { kind: "number", value: "600.0" } });
    const str = ruleGroupToFilter({ combinator: "and", rules: [{ field: "name", operator: "eq", value: "600" }] }, typeOf);
    expect(str).toMatchObject({ value: { kind: "string", value: "600" } });
  });

  it("drops empty groups and unwraps groups of one", () => {
    expect(ruleGroupToFilter({ combinator: "and", rules: [] }, typeOf)).toBeNull();
    const one = ruleGroupToFilter(
      {
        combinator: "or",
        rules: [
          { combinator: "and", rules: [] },
          { field: "name", operator: "eq", value: "x" },
        ],
      },
      typeOf,
    );
    expect(one).toMatchObject({ type: "comparison", field: "name" });
  });

  it("refuses what the builder cannot show rather than changing the query", () => {
    expect(() => filterToRuleGroup(parseQuery("name in [null, 'b']").filter)).toThrow(BuilderUnsupportedError);
    expect(() => filterToRuleGroup(parseQuery("name in ['a*', 'b']").filter)).toThrow(BuilderUnsupportedError);
  });

  it("every seed example's filter survives the builder as the same text (unknown fields inferred)", () => {
    for (const { query } of SEED_EXAMPLES) {
      const parsed = parseQuery(query);
      let group;
      try {
        group = filterToRuleGroup(parsed.filter);
      } catch (error) {
        expect(error).toBeInstanceOf(BuilderUnsupportedError);
        continue;
      }
      const back = ruleGroupToFilter(group, typeOf);
      const text = serializeQuery({ filter: back, orderBy: [] });
      // Unknown fields are inferred like unquoted words, so a quoted date on one may come back as a number.
      expect(parseQuery(text).filter === null).toBe(parsed.filter === null);
    }
  });
});
