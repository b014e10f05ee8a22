import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startTestSandbox, type TestSandbox } from "./test-support";

/*
 * The query language (seed 001 "Query syntax", provider-apis.md §1.4) tested from the
 * sandbox side, over HTTP: every row of the seed's operator table, sorting, paging with a
 * query, and the 400s for broken queries with their exact positions.
 *
 * The generated data is tiny and every query is restricted to the records created here
 * (external_id 'qop-*' for portfolios, 'qop-u*' for users), so only our known values count.
 */

let sb: TestSandbox;

/** Encodes a decoded query the way the docs recommend: `+` for spaces. */
const q = (text: string) => encodeURIComponent(text).replace(/%20/g, "+");

type Envelope = { next: string | null; count: number; offset: number; results: Record<string, unknown>[] };
type ErrorBody = {
  title: string;
  status: number;
  detail: { loc: string[]; msg: string; type: string; ctx: { position: number; query: string; field?: string } }[];
};

async function get(url: string) {
  const res = await sb.api("GET", url);
  return { status: res.statusCode, body: res.json() as Envelope & ErrorBody };
}

/** external_ids in the order the API returned them; fails loudly on a non-200. */
async function list(collection: "portfolios" | "users", query: string, params = "limit=100"): Promise<string[]> {
  const { status, body } = await get(`/${collection}/?${params}&query=${q(query)}`);
  expect(status, JSON.stringify(body)).toBe(200);
  expect(body.count).toBe(body.results.length);
  return body.results.map((r) => r.external_id as string);
}

/** The matching set (sorted), for filters whose order does not matter. */
const pf = async (query: string) => (await list("portfolios", query)).sort();
const users = async (query: string) => (await list("users", query)).sort();

/** A single-term filter restricted to our portfolios / users. */
const OWN = "external_id eq 'qop-*'";
const own = (filter: string) => pf(`${filter} and ${OWN}`);
const ownUsers = (filter: string) => users(`${filter} and external_id eq 'qop-u*'`);

const ids = (...letters: string[]) => letters.map((l) => `qop-${l}`).sort();

/** Creation order (and the clock used for each), deliberately not alphabetical. */
const CREATED: [letter: string, at: string][] = [
  ["c", "2024-05-01T10:00:00.000Z"],
  ["a", "2024-05-02T10:00:00.000Z"],
  ["f", "2024-05-03T10:00:00.000Z"],
  ["b", "2024-05-04T10:00:00.000Z"],
  ["e", "2024-05-05T23:30:00.000Z"],
  ["d", "2024-05-06T10:00:00.000Z"],
];

beforeAll(async () => {
  sb = await startTestSandbox({ SANDBOX_IS_USERS: "5", SANDBOX_IS_PORTFOLIOS: "5", SANDBOX_SEED: "23" });

  const userBodies = [
    { external_id: "qop-u1", first_name: "John", email: "john.smith@gmail.com" },
    { external_id: "qop-u2", first_name: "Johnny", email: "johnny.b@yahoo.com" },
    { external_id: "qop-u3", first_name: "Mary", email: "mary.gmail@outlook.com" },
    { external_id: "qop-u4", first_name: "Jane", email: "Jane.Doe@Example.com" },
    { external_id: "qop-u5", first_name: null, email: null },
  ];
  const userIds: string[] = [];
  for (const body of userBodies) {
    const res = await sb.api("POST", "/users/", body);
    expect(res.statusCode, res.body).toBe(201);
    userIds.push((res.json() as { id: string }).id);
  }
  const [u1, u2, u3] = userIds as [string, string, string];

  const robo = (version: number, settings: Record<string, unknown>, manager = "ROBO_ADVISOR_DISCRETIONARY") => ({
    manager,
    manager_version: version,
    manager_settings: settings,
  });
  const bodies: Record<string, Record<string, unknown>> = {
    a: {
      external_id: "qop-a",
      name: "Alpha growth",
      owned_by_user_id: u1,
      base_currency: "EUR",
      money_type: "REAL_MONEY",
      config: robo(1, { divest_amount: "600.50", risk_profile_score: 3, tags: ["green", "tech"], start_amount: "1000" }),
      portfolio: { $EUR: "2500.25" },
      funded_since: "2020-09-11T09:03:53.721588+00:00",
      archived: false,
    },
    b: {
      external_id: "qop-b",
      name: "Beta income",
      owned_by_user_id: u2,
      base_currency: "USD",
      money_type: "PAPER_MONEY",
      config: robo(2, { divest_amount: 1e100, risk_profile_score: 5, tags: ["income"] }, "ROBO_ADVISOR_ADVISORY"),
      funded_since: "2020-11-11T09:03:53.721588+00:00",
      archived: true,
    },
    c: {
      external_id: "qop-c",
      name: "Gamma",
      owned_by_user_id: u1,
      base_currency: "GBP",
      money_type: "REAL_MONEY",
      config: robo(3, { divest_amount: null, risk_profile_score: 1 }),
      archived: false,
    },
    d: {
      external_id: "qop-d",
      name: "Delta",
      owned_by_user_id: u3,
      base_currency: "USD",
      money_type: "REAL_MONEY",
      config: robo(1, { active: false }, "USER_MANAGED"),
      brokerage_account: { bank_account_type: "IBAN", bank_account_number: "BE01234567891234" },
      funded_since: "2020-01-01T00:00:00+00:00",
    },
    e: {
      external_id: "qop-e",
      name: "epsilon",
      owned_by_user_id: u2,
      base_currency: "CHF",
      money_type: "PAPER_MONEY",
      config: robo(2, { divest_amount: "0", risk_profile_score: 7 }),
      funded_since: "2021-01-01T23:59:59.999999+00:00",
      archived: true,
    },
    f: {
      external_id: "qop-f",
      name: "Zeta",
      owned_by_user_id: u3,
      base_currency: "EUR",
      money_type: "REAL_MONEY",
      config: robo(1, { divest_amount: "18.780000000000000001", risk_profile_score: 10, tags: ["tech"] }, "ROBO_ADVISOR_ADVISORY"),
      portfolio: { $EUR: 99.9 },
      funded_since: "2021-01-02T00:00:00+00:00",
      archived: false,
    },
  };

  // The sandbox's clock is pinned per POST so creation_datetime values are known and distinct.
  const runtime = sb.sandbox.runtime;
  const realNow = runtime.now;
  try {
    for (const [letter, at] of CREATED) {
      runtime.now = () => Date.parse(at);
      const res = await sb.api("POST", "/portfolios/", bodies[letter]);
      expect(res.statusCode, res.body).toBe(201);
    }
    // qop-g is soft-deleted: left out unless the query names `deleted`.
    runtime.now = () => Date.parse("2024-05-07T10:00:00.000Z");
    const g = await sb.api("POST", "/portfolios/", { ...bodies.c, external_id: "qop-g", name: "Gone" });
    expect(g.statusCode, g.body).toBe(201);
    const del = await sb.api("DELETE", `/portfolios/${(g.json() as { id: string }).id}/`);
    expect(del.statusCode, del.body).toBe(200);
  } finally {
    runtime.now = realNow;
  }
});

afterAll(async () => {
  await sb.close();
});

describe("setup", () => {
  it("stores the known values and nothing generated matches the restriction", async () => {
    expect(await list("portfolios", OWN)).toEqual(["qop-c", "qop-a", "qop-f", "qop-b", "qop-e", "qop-d"]);
    expect(await list("users", "external_id eq 'qop-u*'")).toEqual(["qop-u1", "qop-u2", "qop-u3", "qop-u4", "qop-u5"]);
    const { body } = await get(`/portfolios/?limit=100&query=${q(`external_id eq 'qop-a'`)}`);
    expect(body.results[0]).toMatchObject({
      creation_datetime: "2024-05-02T10:00:00.000000+00:00",
      config: { manager_settings: { divest_amount: 600.5, risk_profile_score: 3 } },
    });
    // 5 generated + 6 ours
    expect((await get("/portfolios/?limit=1")).body.count).toBe(11);
  });
});

describe("number operators (risk_profile_score is a JSON number)", () => {
  const score = "config.manager_settings.risk_profile_score";
  it.each([
    [`${score} eq 5`, ids("b")],
    [`${score} lt 5`, ids("a", "c")],
    [`${score} le 5`, ids("a", "b", "c")],
    [`${score} gt 5`, ids("e", "f")],
    [`${score} ge 5`, ids("b", "e", "f")],
    [`${score} neq 5`, ids("a", "c", "d", "e", "f")],
    // 10 > 7 numerically even though '10' < '7' as text
    [`${score} gt 7`, ids("f")],
    [`${score} le 6.99`, ids("a", "b", "c")],
    [`${score} ge 3.0`, ids("a", "b", "e", "f")],
    [`${score} lt -1`, []],
    [`${score} eq 5.000`, ids("b")],
    // a quoted number compares numerically with a number-valued field
    [`${score} eq '5'`, ids("b")],
    [`${score} gt '9'`, ids("f")],
    ["config.manager_version eq 1", ids("a", "d", "f")],
    ["config.manager_version ge 2", ids("b", "c", "e")],
    ["version eq 1", ids("a", "b", "c", "d", "e", "f")],
  ])("%s", async (filter, expected) => {
    expect(await own(filter)).toEqual(expected);
  });
});

describe("number operators on amounts stored as decimal strings", () => {
  const divest = "config.manager_settings.divest_amount";
  it.each([
    [`${divest} eq 600.5`, ids("a")],
    [`${divest} eq 600.50`, ids("a")],
    [`${divest} eq 6.005e2`, ids("a")],
    [`${divest} gt 600.49`, ids("a", "b")],
    [`${divest} lt 600.51`, ids("a", "e", "f")],
    [`${divest} le 600.5`, ids("a", "e", "f")],
    [`${divest} ge 600.5`, ids("a", "b")],
    [`${divest} eq 1e100`, ids("b")],
    [`${divest} ge 1e100`, ids("b")],
    [`${divest} gt 1e99`, ids("b")],
    [`${divest} lt 1e100`, ids("a", "e", "f")],
    [`${divest} eq 0`, ids("e")],
    [`${divest} le 0`, ids("e")],
    // beyond float precision: 18.780000000000000001 is > 18.78 and < 18.780000000000000002
    [`${divest} gt 18.78`, ids("a", "b", "f")],
    [`${divest} lt 18.780000000000000002`, ids("e", "f")],
    [`${divest} eq 18.780000000000000001`, ids("f")],
    [`${divest} eq 18.78`, []],
    // quoted bounds for ordering operators still compare as decimals
    [`${divest} gt '600'`, ids("a", "b")],
    [`${divest} lt '100'`, ids("e", "f")],
    // the exact stored text matches a quoted eq
    [`${divest} eq '600.5'`, ids("a")],
    // holdings are decimal strings too
    ["portfolio.$EUR gt 100", ids("a")],
    ["portfolio.$EUR eq 2500.250", ids("a")],
    ["portfolio.$EUR lt 100", ids("f")],
    ["config.manager_settings.start_amount eq 1000", ids("a")],
  ])("%s", async (filter, expected) => {
    expect(await own(filter)).toEqual(expected);
  });

  it("seed 002's pending-withdrawals query returns the non-zero, non-null amounts", async () => {
    expect(await own(`${divest} neq 0 and ${divest} neq null`)).toEqual(ids("a", "b", "f"));
  });

  // Filters see a portfolio as the API returns it, where amounts are JSON numbers (600.5,
  // 1e100), not the stored decimal text ("600.5", "1e+100"). qop-a was created with
  // divest_amount "600.50" (a string, as the docs advise for precision); a quoted number
  // matches it numerically, as `risk_profile_score eq '5'` does on a real JSON-number field.
  // (Formerly a bug: the stored text was filtered, so quoted amounts compared as text.)
  it("a quoted amount matches numerically with eq, as quoted numbers do on JSON-number fields", async () => {
    expect(await own(`${divest} eq '600.50'`)).toEqual(ids("a"));
  });
  it("a quoted 1e100 matches the amount stored as '1e+100'", async () => {
    expect(await own(`${divest} eq '1e100'`)).toEqual(ids("b"));
  });
  it("quoted amounts match numerically in in lists", async () => {
    expect(await own(`${divest} in ['600.50', '1e100']`)).toEqual(ids("a", "b"));
  });
  it("a quoted amount is compared numerically by neq", async () => {
    expect(await own(`${divest} neq '600.50'`)).toEqual(ids("b", "c", "d", "e", "f"));
  });
  // Wildcards are "strings only; a number is not text to search" (lib/query-language README):
  // `risk_profile_score eq '1*'` does not match 10, and an amount is a number on the wire too.
  it("wildcards do not match a JSON-number field", async () => {
    expect(await own("config.manager_settings.risk_profile_score eq '1*'")).toEqual([]);
  });
  it("wildcards do not match an amount either (it is a JSON number on the wire)", async () => {
    expect(await own(`${divest} eq '600*'`)).toEqual([]);
  });
  // The typed view behind these keeps every digit (no float) and covers holdings too.
  it.each([
    [`${divest} eq '18.780000000000000001'`, ids("f")],
    [`${divest} eq '18.78'`, []],
    [`${divest} in ['18.78', '18.7800000000000000010']`, ids("f")],
    ["portfolio.$EUR eq '2500.25'", ids("a")],
    ["portfolio.$EUR eq '2500*'", []],
    ["portfolio.$EUR neq '2500.250'", ids("b", "c", "d", "e", "f")],
    ["config.manager_settings.start_amount eq '1000.0'", ids("a")],
    // a non-numeric quoted value never matches a number, also for ordering operators
    [`${divest} lt 'abc'`, []],
  ])("%s", async (filter, expected) => {
    expect(await own(filter)).toEqual(expected);
  });
});

describe("ranges on numbers and strings", () => {
  it.each([
    ["config.manager_settings.risk_profile_score in [3 to 7]", ids("a", "b", "e")],
    ["config.manager_settings.divest_amount in [0 to 600.5]", ids("a", "e", "f")],
    ["config.manager_settings.divest_amount in [18.780000000000000002 to 1e100]", ids("a", "b")],
    ["name in ['B' to 'E']", ids("b", "d")],
  ])("%s", async (filter, expected) => {
    expect(await own(filter)).toEqual(expected);
  });
});

describe("string operators", () => {
  it.each([
    ["name eq 'Alpha growth'", ids("a")],
    // exact match is case-sensitive
    ["name eq 'alpha growth'", []],
    // an unquoted word is a string (the docs' `email eq kristof`)
    ["base_currency eq EUR", ids("a", "f")],
    ["base_currency neq 'EUR'", ids("b", "c", "d", "e")],
    // prefix, unquoted as in the docs' `email eq john*`
    ["name eq Alpha*", ids("a")],
    // wildcards are case-insensitive
    ["name eq 'e*'", ids("e")],
    ["name eq '*a'", ids("c", "d", "f")],
    ["name eq '*income'", ids("b")],
    ["name eq '*ET*'", ids("b", "f")],
    ["name eq 'A*h'", ids("a")],
    ["name neq '*a'", ids("a", "b", "e")],
    ["status eq 'WAITING_FOR_*'", ids("a", "c", "f")],
    // a star inside quotes can be escaped to mean itself
    [String.raw`name eq 'Alpha\*'`, []],
  ])("%s", async (filter, expected) => {
    expect(await own(filter)).toEqual(expected);
  });

  it.each([
    ["email eq 'john.smith@gmail.com'", ["qop-u1"]],
    ["email eq 'jane.doe@example.com'", []],
    ["email eq john*", ["qop-u1", "qop-u2"]],
    ["email eq 'JANE*'", ["qop-u4"]],
    ["email eq '*gmail.com'", ["qop-u1"]],
    ["email eq '*gmail*'", ["qop-u1", "qop-u3"]],
    ["email eq null", ["qop-u5"]],
    // the docs' combined example, typographic quotes included
    ["email eq '*john*' and first_name in [\u2019John', \u2018Johnny\u2019]", ["qop-u1", "qop-u2"]],
  ])("users: %s", async (filter, expected) => {
    expect(await ownUsers(filter)).toEqual(expected);
  });
});

describe("date operators", () => {
  const funded = "funded_since";
  it.each([
    [`${funded} eq '2020-09-11T09:03:53.721588+00:00'`, ids("a")],
    // the same instant written in another offset
    [`${funded} eq '2020-09-11T11:03:53.721588+02:00'`, ids("a")],
    [`${funded} eq '2020-09-11T09:03:53.721588Z'`, ids("a")],
    // microseconds count
    [`${funded} eq '2020-09-11T09:03:53.721587+00:00'`, []],
    // a date without time is 00:00 UTC for eq
    [`${funded} eq '20200101'`, ids("d")],
    [`${funded} eq '2020-01-01'`, ids("d")],
    // ...so a date-only eq does not match a later time that day; a one-day range does
    [`${funded} eq '2020-09-11'`, []],
    [`${funded} in ['20200911' to '20200911']`, ids("a")],
    // list items compare as instants too
    [`${funded} in ['2020-01-01T01:00:00+01:00', '2020-11-11T09:03:53.721588Z']`, ids("b", "d")],
    // dates without time: both ends inclusive, the end is the whole day
    [`${funded} in ['20200101' to '20210101']`, ids("a", "b", "d", "e")],
    [`${funded} in ['2020-01-01' to '2021-01-01']`, ids("a", "b", "d", "e")],
    // with time, no offset = UTC
    [`${funded} in ['2020-09-11T09:03:53.721588' to '2020-11-11T09:03:53.721588']`, ids("a", "b")],
    // with timezone
    [`${funded} in ['2020-09-11T09:03:53.721588+00:00' to '2020-11-11T09:03:53.721588+00:00']`, ids("a", "b")],
    [`${funded} in ['2020-09-11T10:03:53.721589+01:00' to '2020-11-11T09:03:53.721588+00:00']`, ids("b")],
    [`${funded} in ['2020-09-11T09:03:53.721588+00:00' to '2020-11-11T10:03:53.721587+01:00']`, ids("a")],
    [`${funded} gt '20210101'`, ids("f")],
    [`${funded} ge '20210101'`, ids("e", "f")],
    [`${funded} lt '20200912'`, ids("a", "d")],
    [`${funded} le '20200101'`, ids("d")],
    [`${funded} lt '2020-01-01T00:00:00+00:00'`, []],
    [`${funded} gt '2021-01-01T23:59:59.999998+00:00'`, ids("e", "f")],
    // creation_datetime (clock pinned in setup): e was created 2024-05-05 23:30 UTC = 2024-05-06 00:30 +01:00
    ["creation_datetime eq '2024-05-03T10:00:00.000000+00:00'", ids("f")],
    ["creation_datetime in ['20240502' to '20240504']", ids("a", "b", "f")],
    ["creation_datetime in ['2024-05-06T00:00:00+01:00' to '20240506']", ids("d", "e")],
    ["version_datetime lt '2024-05-02'", ids("c")],
  ])("%s", async (filter, expected) => {
    expect(await own(filter)).toEqual(expected);
  });
});

describe("boolean and null", () => {
  it.each([
    ["archived eq true", ids("b", "e")],
    ["archived eq false", ids("a", "c", "d", "f")],
    ["archived neq true", ids("a", "c", "d", "f")],
    ["archived eq TRUE", ids("b", "e")],
    // a quoted 'true' is a string, not the boolean
    ["archived eq 'true'", []],
    ["config.manager_settings.active eq false", ids("d")],
    ["config.manager_settings.active eq true", ids("a", "b", "c", "e", "f")],
    // unset (never sent) funded_since is null
    ["funded_since eq null", ids("c")],
    ["funded_since neq null", ids("a", "b", "d", "e", "f")],
    // explicit null (c) and a missing key (d, USER_MANAGED) are both null
    ["config.manager_settings.divest_amount eq null", ids("c", "d")],
    ["config.manager_settings.divest_amount neq null", ids("a", "b", "e", "f")],
    ["brokerage_account eq null", ids("a", "b", "c", "e", "f")],
    ["brokerage_account.bank_account_type eq 'IBAN'", ids("d")],
    ["config.manager_settings.tags eq null", ids("c", "d", "e")],
  ])("%s", async (filter, expected) => {
    expect(await own(filter)).toEqual(expected);
  });
});

describe("deleted", () => {
  it("a deleted portfolio only shows up when the query names `deleted`", async () => {
    expect(await own("name eq 'Gone'")).toEqual([]);
    expect(await own("deleted eq true")).toEqual(ids("g"));
    expect(await own("deleted eq false")).toEqual(ids("a", "b", "c", "d", "e", "f"));
    expect(await own("name eq 'Gone' and deleted in [true, false]")).toEqual(ids("g"));
  });
});

describe("in lists", () => {
  it.each([
    ["base_currency in ['EUR', 'GBP']", ids("a", "c", "f")],
    ["base_currency in [EUR]", ids("a", "f")],
    ["base_currency in ['JPY']", []],
    ["config.manager_settings.risk_profile_score in [1, 5, 10]", ids("b", "c", "f")],
    ["config.manager_settings.divest_amount in [0, 600.50, null]", ids("a", "c", "d", "e")],
    ["name in ['alpha*', 'Zeta']", ids("a", "f")],
    // case-sensitive exact items
    ["name in ['zeta']", []],
    // an array field matches when any element is in the list
    ["config.manager_settings.tags in ['green', 'income']", ids("a", "b")],
    ["config.manager_settings.tags eq 'tech'", ids("a", "f")],
    ["config.manager in ['USER_MANAGED', 'ROBO_ADVISOR_ADVISORY']", ids("b", "d", "f")],
  ])("%s", async (filter, expected) => {
    expect(await own(filter)).toEqual(expected);
  });

  it("external_id in a list needs no further restriction", async () => {
    expect(await pf("external_id in ['qop-a', 'qop-e', 'qop-zz']")).toEqual(ids("a", "e"));
  });
});

describe("and / or / parentheses", () => {
  it("and narrows", async () => {
    expect(await own("money_type eq 'REAL_MONEY' and base_currency eq 'EUR'")).toEqual(ids("a", "f"));
    expect(await own("archived eq true and config.manager_settings.risk_profile_score gt 5")).toEqual(ids("e"));
  });

  it("or widens", async () => {
    expect(await pf(`${OWN} and (base_currency eq 'GBP' or base_currency eq 'CHF' or archived eq true)`)).toEqual(ids("b", "c", "e"));
  });

  it("and binds tighter than or", async () => {
    // (qop & CHF) or (qop & GBP & not archived) -> e, c. Or-first would give only c.
    expect(await pf(`${OWN} and base_currency eq 'CHF' or ${OWN} and base_currency eq 'GBP' and archived eq false`)).toEqual(ids("c", "e"));
    // USD or (REAL and not archived) -> b, d, a, c, f. Or-first would drop the archived b.
    expect(await pf(`${OWN} and (base_currency eq 'USD' or money_type eq 'REAL_MONEY' and archived eq false)`)).toEqual(
      ids("a", "b", "c", "d", "f"),
    );
  });

  it("parentheses override the precedence", async () => {
    expect(await pf(`${OWN} and (base_currency eq 'USD' or money_type eq 'REAL_MONEY') and archived eq false`)).toEqual(
      ids("a", "c", "d", "f"),
    );
    expect(await pf(`(${OWN}) and ((archived eq true) or (config.manager_version eq 3))`)).toEqual(ids("b", "c", "e"));
  });

  it("keywords are case-insensitive", async () => {
    expect(await pf(`${OWN} AND (base_currency EQ 'GBP' OR archived Eq TRUE)`)).toEqual(ids("b", "c", "e"));
  });
});

describe("orderby", () => {
  const order = (filterAndOrder: string) => list("portfolios", filterAndOrder);

  it("without orderby, creation order", async () => {
    expect(await order(OWN)).toEqual(["qop-c", "qop-a", "qop-f", "qop-b", "qop-e", "qop-d"]);
  });

  it("single key, ascending by default and with asc; strings by code unit (uppercase first)", async () => {
    const asc = ["qop-a", "qop-b", "qop-d", "qop-c", "qop-f", "qop-e"];
    expect(await order(`${OWN} orderby name`)).toEqual(asc);
    expect(await order(`${OWN} orderby name asc`)).toEqual(asc);
    expect(await order(`${OWN} orderby name desc`)).toEqual([...asc].reverse());
  });

  it("numbers numerically, nested key, null last asc and first desc", async () => {
    expect(await order(`${OWN} orderby config.manager_settings.risk_profile_score`)).toEqual([
      "qop-c",
      "qop-a",
      "qop-b",
      "qop-e",
      "qop-f",
      "qop-d",
    ]);
    expect(await order(`${OWN} orderby config.manager_settings.risk_profile_score desc`)).toEqual([
      "qop-d",
      "qop-f",
      "qop-e",
      "qop-b",
      "qop-a",
      "qop-c",
    ]);
  });

  it("amounts stored as strings sort as decimals; null ties keep creation order", async () => {
    expect(await order(`${OWN} orderby config.manager_settings.divest_amount`)).toEqual([
      "qop-e",
      "qop-f",
      "qop-a",
      "qop-b",
      "qop-c",
      "qop-d",
    ]);
  });

  it("datetimes as instants", async () => {
    expect(await order(`${OWN} orderby funded_since desc`)).toEqual(["qop-c", "qop-f", "qop-e", "qop-b", "qop-a", "qop-d"]);
    expect(await order(`${OWN} orderby creation_datetime desc`)).toEqual(["qop-d", "qop-e", "qop-b", "qop-f", "qop-a", "qop-c"]);
  });

  it("several keys", async () => {
    expect(await order(`${OWN} orderby money_type desc, name`)).toEqual(["qop-a", "qop-d", "qop-c", "qop-f", "qop-b", "qop-e"]);
    expect(await order(`${OWN} orderby archived, config.manager_version desc, external_id`)).toEqual([
      "qop-c",
      "qop-a",
      "qop-d",
      "qop-f",
      "qop-b",
      "qop-e",
    ]);
    expect(await order(`${OWN} ORDERBY base_currency DESC,config.manager_settings.risk_profile_score ASC`)).toEqual([
      "qop-b",
      "qop-d",
      "qop-c",
      "qop-a",
      "qop-f",
      "qop-e",
    ]);
  });

  it("after a compound filter", async () => {
    expect(
      await order(`${OWN} and (archived eq true or base_currency eq 'EUR') orderby config.manager_settings.risk_profile_score desc`),
    ).toEqual(["qop-f", "qop-e", "qop-b", "qop-a"]);
  });
});

describe("limit / offset / count with a query", () => {
  const query = `${OWN} orderby name`;

  it("count is all matches, results are the page, next keeps the query", async () => {
    const first = await get(`/portfolios/?limit=2&query=${q(query)}`);
    expect(first.status).toBe(200);
    expect(first.body.count).toBe(6);
    expect(first.body.offset).toBe(0);
    expect(first.body.results.map((r) => r.external_id)).toEqual(["qop-a", "qop-b"]);
    const next = new URL(first.body.next!);
    expect(next.searchParams.get("query")).toBe(query);
    expect(next.searchParams.get("offset")).toBe("2");
    expect(next.searchParams.get("limit")).toBe("2");

    const second = await get(`/portfolios/${next.search}`);
    expect(second.body).toMatchObject({ count: 6, offset: 2 });
    expect(second.body.results.map((r) => r.external_id)).toEqual(["qop-d", "qop-c"]);

    const last = await get(`/portfolios/?limit=2&offset=4&query=${q(query)}`);
    expect(last.body.results.map((r) => r.external_id)).toEqual(["qop-f", "qop-e"]);
    expect(last.body.next).toBeNull();
  });

  it("an offset past the matches gives an empty page with the full count", async () => {
    const { body } = await get(`/portfolios/?limit=5&offset=6&query=${q(query)}`);
    expect(body).toMatchObject({ count: 6, offset: 6, next: null, results: [] });
  });

  it("a filter with fewer matches than the limit", async () => {
    const { body } = await get(`/portfolios/?limit=3&offset=1&query=${q(`archived eq false and ${OWN} orderby name desc`)}`);
    expect(body.count).toBe(4);
    expect(body.results.map((r) => r.external_id)).toEqual(["qop-c", "qop-d", "qop-a"]);
    expect(body.next).toBeNull();
  });

  it("accepts %20 for spaces and %2B for a literal + in an offset", async () => {
    const { status, body } = await get(
      "/portfolios/?query=funded_since%20eq%20'2020-09-11T11:03:53.721588%2B02:00'%20and%20external_id%20eq%20'qop-*'",
    );
    expect(status).toBe(200);
    expect(body.results.map((r) => r.external_id)).toEqual(["qop-a"]);
  });

  it("accepts the docs' raw URL form with + for spaces and unencoded quotes and brackets", async () => {
    const { status, body } = await get(
      "/portfolios/?limit=100&query=funded_since+in+['20200101'+to+'20210101']+and+external_id+eq+'qop-*'+orderby+funded_since",
    );
    expect(status).toBe(200);
    expect(body.results.map((r) => r.external_id)).toEqual(["qop-d", "qop-a", "qop-b", "qop-e"]);
  });
});

describe("invalid queries: 400 with the problem and its position", () => {
  async function expectSyntaxError(query: string, position: number, msg: string) {
    const { status, body } = await get(`/portfolios/?query=${q(query)}`);
    expect(status).toBe(400);
    expect(body.title).toBe("Bad request");
    expect(body.detail).toHaveLength(1);
    expect(body.detail[0]).toEqual({
      loc: ["query", "query"],
      msg,
      type: "value_error.query.syntax",
      ctx: { position, query },
    });
  }

  it.each([
    ["name equals 'Alpha growth'", 5, "Expected an operator (eq, neq, lt, le, gt, ge, in) at position 5 but found 'equals'"],
    [
      "archived eq true and name ne 'x'",
      26,
      "Expected an operator (eq, neq, lt, le, gt, ge, in) at position 26 but found 'ne' (not-equal is spelled 'neq')",
    ],
    [
      "funded_since is null",
      13,
      "Expected an operator (eq, neq, lt, le, gt, ge, in) at position 13 but found 'is' (use 'eq null' or 'neq null'; 'is' is not supported)",
    ],
    [
      "name like '*a*'",
      5,
      "Expected an operator (eq, neq, lt, le, gt, ge, in) at position 5 but found 'like' (use eq with * wildcards, e.g. 'jane*')",
    ],
    ["config.manager_version = 1", 23, "Expected an operator (eq, neq, lt, le, gt, ge, in) at position 23 but found '='"],
  ])("unknown operator: %s", async (query, position, msg) => {
    await expectSyntaxError(query, position, msg);
  });

  it.each([
    ["name eq 'Alpha growth", 8, "Expected a closing quote (') for the string starting at position 8 but found end of input"],
    [
      "archived eq true and name eq 'Alpha orderby name",
      29,
      "Expected a closing quote (') for the string starting at position 29 but found end of input",
    ],
    [String.raw`name eq 'Alpha\'`, 8, "Expected a closing quote (') for the string starting at position 8 but found end of input"],
  ])("unterminated quote: %s", async (query, position, msg) => {
    await expectSyntaxError(query, position, msg);
  });

  const VALUE = "Expected a value ('quoted string', word, number, true, false or null)";
  it.each([
    ["name eq", 7, `${VALUE} at position 7 but found end of input`],
    ["name eq and archived eq true", 8, `${VALUE} at position 8 but found 'and'`],
    ["base_currency in ['EUR', ]", 25, `${VALUE} at position 25 but found ']'`],
    ["funded_since gt", 15, `${VALUE} at position 15 but found end of input`],
    ["archived eq true and name", 25, "Expected an operator (eq, neq, lt, le, gt, ge, in) at position 25 but found end of input"],
    ["archived eq true and", 20, "Expected a field name at position 20 but found end of input"],
  ])("missing value or term: %s", async (query, position, msg) => {
    await expectSyntaxError(query, position, msg);
  });

  it.each([
    ["base_currency in ['EUR', 'GBP'", 30, "Expected ',' or ']' in the list at position 30 but found end of input"],
    ["base_currency in 'EUR', 'GBP']", 17, "Expected '[' to start the list after 'in' at position 17 but found ''EUR''"],
    ["(archived eq true or name eq 'Gamma'", 36, "Expected ')' to close the '(' at position 0 at position 36 but found end of input"],
    ["archived eq true)", 16, "Expected 'and', 'or', 'orderby' or end of query at position 16 but found ')' (no matching '(')"],
    [
      "funded_since in ['20200101' to '20210101'",
      41,
      "Expected ']' to close the range at position 41 but found end of input (a range has exactly two bounds: [a to b])",
    ],
  ])("unbalanced brackets: %s", async (query, position, msg) => {
    await expectSyntaxError(query, position, msg);
  });

  it.each([
    [
      "funded_since in ['20200101' to '20210101' to '20220101']",
      42,
      "Expected ']' to close the range at position 42 but found 'to' (a range has exactly two bounds: [a to b])",
    ],
    [
      "funded_since in ['20200101' to]",
      30,
      "Expected a value ('quoted string', word, number, true, false or null) at position 30 but found ']'",
    ],
    [
      "funded_since in ['20200101', '20210101' to '20220101']",
      40,
      "Expected ',' or ']' in the list at position 40 but found 'to' (a range has exactly two bounds: [a to b])",
    ],
    [
      "funded_since in [to '20210101']",
      17,
      "Expected a value ('quoted string', word, number, true, false or null) at position 17 but found 'to'",
    ],
  ])("range with the wrong number of bounds: %s", async (query, position, msg) => {
    await expectSyntaxError(query, position, msg);
  });

  it.each([
    [
      "orderby name and archived eq true",
      13,
      "Expected ',' or end of query at position 13 but found 'and' (orderby must be the last term)",
    ],
    [
      "archived eq true orderby name desc or archived eq false",
      35,
      "Expected ',' or end of query at position 35 but found 'or' (orderby must be the last term)",
    ],
    [
      "(archived eq true orderby name)",
      18,
      "Expected ')' to close the '(' at position 0 at position 18 but found 'orderby' (orderby cannot be inside parentheses)",
    ],
    ["archived eq true orderby", 24, "Expected a field name to order by at position 24 but found end of input"],
    [
      "archived eq true order by name",
      17,
      "Expected 'and', 'or', 'orderby' or end of query at position 17 but found 'order' (write 'orderby' as one word)",
    ],
  ])("orderby not last or incomplete: %s", async (query, position, msg) => {
    await expectSyntaxError(query, position, msg);
  });

  it.each([
    ["lastmodified in ['20200101' to '20210101']", "lastmodified", 0],
    ["archived eq true and config.manager_settings.nope eq 1", "config.manager_settings.nope", 21],
    ["archived eq true orderby age desc", "age", 25],
    ["(archived eq true or Name eq 'Gamma')", "Name", 21],
  ])("unknown field: %s", async (query, field, position) => {
    const { status, body } = await get(`/portfolios/?query=${q(query)}`);
    expect(status).toBe(400);
    expect(body.detail).toEqual([
      {
        loc: ["query", "query"],
        msg: `Unknown field '${field}' at position ${position}`,
        type: "value_error.query.unknown_field",
        ctx: { field, position, query },
      },
    ]);
  });

  it("unknown user field", async () => {
    const { status, body } = await get(`/users/?query=${q("email eq 'x' and age gt 18")}`);
    expect(status).toBe(400);
    expect(body.detail[0]).toMatchObject({ type: "value_error.query.unknown_field", ctx: { field: "age", position: 17 } });
  });

  it("ordering operators refuse booleans, null and wildcards", async () => {
    await expectSyntaxError(
      "archived lt true",
      12,
      "Expected a number, string or date to compare with 'lt' at position 12 but found 'true'",
    );
    await expectSyntaxError(
      "funded_since ge null",
      16,
      "Expected a number, string or date to compare with 'ge' at position 16 but found 'null'",
    );
    await expectSyntaxError(
      "name gt 'A*'",
      8,
      "Expected a number, string or date to compare with 'gt' at position 8 but found ''A*'' (wildcards only work with eq, neq and in lists)",
    );
  });
});
