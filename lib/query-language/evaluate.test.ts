import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { collectFieldRefs, collectFields, compareByOrder, findUnknownField, matchesFilter } from "./evaluate";
import { parseQuery } from "./parse";
import { compareForSort } from "./scalars";

/** Shaped like the portfolio in seed 001's collection example. */
const portfolio = {
  id: "P01F7KDVY6H718JNV91840DE5V4",
  external_id: "AE820230000000000001918",
  readable_by: ["U01ERYVVSZTKKYEEVX3Y6JECE83", "U01F5XFY0S38KJYVHX0X3GJ4KWM"],
  name: "Child's education",
  base_currency: "USD",
  config: {
    manager: "ROBO_ADVISOR_DISCRETIONARY",
    manager_version: 1,
    manager_settings: { divest_amount: null, start_amount: 600.0, recurring_deposit_amount: "500.00", active: true, tags: [] },
  },
  portfolio: { $USD: 10000, LU78464A6644: "18.78" },
  archived: false,
  funded_since: null,
  creation_datetime: "2021-06-07T00:00:00+00:00",
  version_datetime: "2021-06-07T14:26:21.231855+00:00",
  email: "Jane.Doe@Example.com",
};

function matches(query: string, record: unknown = portfolio): boolean {
  return matchesFilter(parseQuery(query).filter, record);
}

describe("matchesFilter", () => {
  it.each([
    ["external_id eq 'AE820230000000000001918'", true],
    ["external_id eq 'ae820230000000000001918'", false], // exact eq is case-sensitive
    ["external_id neq 'AE820230000000000001918'", false],
    ["email eq 'jane*'", true], // wildcards are case-insensitive
    ["email eq jane*", true],
    ["email eq '*example.com'", true],
    ["email eq '*DOE*'", true],
    ["email eq 'j*e.d*@*.com'", true],
    ["email eq '*gmail*'", false],
    ["email neq '*gmail*'", true],
    ["email eq 'jane.doe@example.com'", false],
    ["name eq 'Child\\'s education'", true],
    ["name eq 'Child\\'s*'", true],
    ["name eq 'Child\\*'", false], // an escaped star is literal
    ["config.manager_settings.active eq true", true],
    ["config.manager_settings.active eq false", false],
    ["config.manager_settings.active eq 'true'", false], // booleans only match booleans
    ["archived eq false", true],
    ["archived eq null", false],
  ])("strings, wildcards, booleans: %s -> %s", (query, expected) => {
    expect(matches(query)).toBe(expected);
  });

  it.each([
    ["config.manager_settings.start_amount eq 600", true],
    ["config.manager_settings.start_amount eq 600.00", true],
    ["config.manager_settings.start_amount gt 599.99", true],
    ["config.manager_settings.start_amount ge 600", true],
    ["config.manager_settings.start_amount lt 600", false],
    ["config.manager_settings.recurring_deposit_amount eq 500", true], // amount stored as a string
    ["config.manager_settings.recurring_deposit_amount le 500.000", true],
    ["config.manager_settings.recurring_deposit_amount gt 499.999999999999999999999", true], // beyond float precision
    ["config.manager_settings.recurring_deposit_amount gt 500.000000000000000000001", false],
    ["config.manager_settings.recurring_deposit_amount gt '99'", true], // numeric strings order as decimals
    ["config.manager_settings.recurring_deposit_amount eq '500'", false], // but string eq is exact text
    ["config.manager_settings.start_amount eq '600'", true], // a JSON number against a numeric string
    ["config.manager_settings.recurring_deposit_amount in [100 to 500]", true],
    ["config.manager_settings.recurring_deposit_amount in [501 to 1e100]", false],
    ["config.manager_version eq 1", true],
    ["portfolio.$USD ge 10000", true],
    ["portfolio.LU78464A6644 lt 18.79", true],
    ["name gt 5", false], // text is not a number
  ])("numbers as decimals: %s -> %s", (query, expected) => {
    expect(matches(query)).toBe(expected);
  });

  it.each([
    ["creation_datetime eq '20210607'", true], // date-only = 00:00 UTC
    ["creation_datetime eq '2021-06-07T00:00:00Z'", true],
    ["creation_datetime eq '2021-06-07T02:00:00+02:00'", true],
    ["version_datetime eq '2021-06-07T14:26:21.231855+00:00'", true],
    ["version_datetime eq '2021-06-07T14:26:21.231856+00:00'", false], // microseconds count
    ["version_datetime gt '2021-06-07T14:26:21.231854Z'", true],
    ["version_datetime eq '20210607'", false],
    ["version_datetime lt '20210607'", false],
    ["version_datetime ge '20210607'", true],
    ["version_datetime le '20210607'", true], // le with a date includes the whole day
    ["version_datetime gt '20210607'", false], // ... and gt starts the next day
    ["version_datetime gt '20210606'", true],
    ["version_datetime in ['20210101' to '20210607']", true], // whole end day included
    ["version_datetime in ['20210608' to '20211231']", false],
    ["version_datetime in ['2021-06-07T14:26:21' to '2021-06-07T14:26:22']", true], // no offset = UTC
    ["version_datetime in ['2021-06-07T14:26:22' to '2021-06-08T00:00:00']", false],
    ["version_datetime in ['2021-06-07T16:26:21+02:00' to '2021-06-07T16:26:22+02:00']", true],
    ["version_datetime in ['2021-06-07T00:00:00' to '2021-06-07T14:26:21.231855']", true], // inclusive end
    ["version_datetime in ['2021-06-07T00:00:00' to '2021-06-07T14:26:21.231854']", false],
    ["lastmodified in ['20200101' to '20240101']", false], // missing field
  ])("dates as instants: %s -> %s", (query, expected) => {
    expect(matches(query)).toBe(expected);
  });

  it.each([
    ["funded_since eq null", true],
    ["funded_since neq null", false],
    ["lastmodified eq null", true], // missing counts as null
    ["config.nope.deeper eq null", true],
    ["config.manager_settings.divest_amount neq 0 and config.manager_settings.divest_amount neq null", false],
    ["config.manager_settings.tags eq null", false], // an empty list exists: not null
    ["config.manager_settings.tags neq null", true],
    ["constructor eq null", true], // prototype properties are not fields
    ["readable_by eq 'U01F5XFY0S38KJYVHX0X3GJ4KWM'", true], // any element
    ["readable_by eq 'U01F5*'", true],
    ["readable_by neq 'U01F5XFY0S38KJYVHX0X3GJ4KWM'", false], // neq: no element equals
    ["readable_by in ['UX', 'U01ERYVVSZTKKYEEVX3Y6JECE83']", true],
    ["base_currency in ['EUR', 'GBP']", false],
    ["base_currency in ['EUR', 'US*']", true],
    ["funded_since in [null, '2021']", true],
  ])("null, missing, arrays, lists: %s -> %s", (query, expected) => {
    expect(matches(query)).toBe(expected);
  });

  it("applies and before or, and respects parentheses", () => {
    expect(matches("archived eq true and base_currency eq 'USD' or config.manager_version eq 1")).toBe(true);
    expect(matches("archived eq true and (base_currency eq 'USD' or config.manager_version eq 1)")).toBe(false);
    expect(matches("config.manager_version eq 1 or archived eq true and base_currency eq 'EUR'")).toBe(true);
    expect(matchesFilter(null, portfolio)).toBe(true);
  });

  it("spreads arrays of objects along a path", () => {
    const record = { movements: [{ status: "PENDING", amount: "10" }, { status: "BOOKED", amount: 250 }, {}] };
    expect(matches("movements.status eq 'BOOKED'", record)).toBe(true);
    expect(matches("movements.amount gt 200", record)).toBe(true);
    expect(matches("movements.amount gt 300", record)).toBe(false);
    expect(matches("movements.status eq null", record)).toBe(true); // the third movement has none
    expect(matches("movements.amount in [11 to 249]", record)).toBe(false); // one element must fit both bounds
  });

  it("reads a decimal.js Decimal as a JSON number kept exact", () => {
    const record = {
      settings: { divest_amount: new Decimal("600.5") },
      big: new Decimal("1e+100"),
      tiny: new Decimal("18.780000000000000001"),
    };
    expect(matches("settings.divest_amount eq '600.50'", record)).toBe(true);
    expect(matches("settings.divest_amount in ['1', '600.50']", record)).toBe(true);
    expect(matches("settings.divest_amount neq '600.50'", record)).toBe(false);
    expect(matches("settings.divest_amount eq '600*'", record)).toBe(false);
    expect(matches("big eq '1e100'", record)).toBe(true);
    expect(matches("tiny gt 18.78 and tiny lt 18.780000000000000002", record)).toBe(true);
    expect(matches("tiny in [18.780000000000000001 to 19]", record)).toBe(true);
    // a number has no fields: the Decimal's internals are not readable as a path
    expect(matches("big.e eq null and big.d eq null and big.s eq null", record)).toBe(true);
  });

  it("does not throw on non-object records", () => {
    for (const record of [null, 42, "text", [], [portfolio]]) {
      expect(matchesFilter(parseQuery("a eq 1 or b eq null").filter, record)).toBe(true);
    }
  });
});

describe("compareByOrder", () => {
  const rows = [
    { id: "a", age: 30, name: "bob", amount: "9", at: "2021-06-07T14:26:21.231855+00:00", m: { b: 2 } },
    { id: "b", age: 18, name: "Alice", amount: "10.5", at: "2021-06-07T14:26:21.231854+00:00", m: { b: 1 } },
    { id: "c", age: null, name: "carol", amount: 100, at: "2020-01-01", m: {} },
    { id: "d", age: 30, name: "alice", amount: "-1", at: "2021-06-07T16:00:00+02:00", m: { b: 3 } },
  ];
  const order = (q: string) => [...rows].sort(compareByOrder(parseQuery(q).orderBy)).map((r) => r.id);

  it.each([
    ["orderby age", ["b", "a", "d", "c"]], // nulls last ascending, stable for ties
    ["orderby age desc", ["c", "a", "d", "b"]], // nulls first descending
    ["orderby age desc, name", ["c", "d", "a", "b"]],
    ["orderby age asc, name desc", ["b", "a", "d", "c"]],
    ["orderby amount", ["d", "a", "b", "c"]], // decimals, whether strings or numbers
    ["orderby at", ["c", "d", "b", "a"]], // instants, offsets applied, microseconds kept
    ["orderby name", ["b", "d", "a", "c"]], // code-unit order: uppercase first
    ["orderby m.b desc", ["c", "d", "a", "b"]],
    ["orderby missing", ["a", "b", "c", "d"]],
  ])("%s", (query, expected) => {
    expect(order(query)).toEqual(expected);
  });

  it("ranks mixed kinds consistently", () => {
    const values = ["b", 2, "10", true, null, "2021-01-01", { x: 1 }, "a"];
    const sorted = values.map((v) => ({ v })).sort(compareByOrder([{ field: "v", direction: "asc" }]));
    expect(sorted.map((r) => r.v)).toEqual([true, 2, "10", "2021-01-01", "a", "b", { x: 1 }, null]);
  });

  it("orders exactly as comparing the values afresh each time (its per-record key cache changes nothing)", () => {
    const value = fc.oneof(
      fc.constantFrom(null, undefined, true, false, "2021-06-07", "2021-06-07T14:26:21.231855+00:00", "20200101", "10", "9.5"),
      fc.integer({ min: -5, max: 5 }),
      fc.string({ maxLength: 3 }),
    );
    const record = fc.record({ a: value, b: fc.record({ c: value }) });
    const key = fc.record({ field: fc.constantFrom("a", "b.c", "missing"), direction: fc.constantFrom("asc" as const, "desc" as const) });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), fc.array(key, { minLength: 1, maxLength: 3 }), (records, orderBy) => {
        const afresh = (x: unknown, y: unknown) => {
          for (const k of orderBy) {
            const read = (r: unknown) => k.field.split(".").reduce<unknown>((v, f) => (v as Record<string, unknown> | undefined)?.[f], r);
            const result = compareForSort(read(x), read(y));
            if (result !== 0) return k.direction === "desc" ? -result : result;
          }
          return 0;
        };
        expect([...records].sort(compareByOrder(orderBy))).toEqual([...records].sort(afresh));
      }),
    );
  });
});

describe("collectFields", () => {
  const query = parseQuery(
    "(email eq 'x' or age gt 1) and email neq null and config.manager_settings.active eq true orderby age desc, name",
  );

  it("lists each filter field once, in order", () => {
    expect(collectFields(query.filter)).toEqual(["email", "age", "config.manager_settings.active"]);
    expect(collectFields(null)).toEqual([]);
  });

  it("gives positions for filter and orderby fields", () => {
    expect(collectFieldRefs(query).map((r) => [r.field, r.span?.start])).toEqual([
      ["email", 1],
      ["age", 17],
      ["email", 31],
      ["config.manager_settings.active", 50],
      ["age", 97],
      ["name", 107],
    ]);
    const known = new Set(["email", "age", "config.manager_settings.active"]);
    expect(findUnknownField(query, (f) => known.has(f))).toEqual({ field: "name", span: { start: 107, end: 111 } });
    expect(findUnknownField(query, () => true)).toBeNull();
  });
});
