import { describe, expect, it } from "vitest";

import { forSuite } from "../../scripts/test-support/for-suite";
import { startTestSandbox } from "./test-support";

const sb = forSuite(() => startTestSandbox({ SANDBOX_IS_PORTFOLIOS: "250", SANDBOX_SEED: "11" }));

const get = async (url: string) => {
  const res = await sb.api("GET", url);
  return { status: res.statusCode, body: res.json() };
};
const q = (text: string) => encodeURIComponent(text).replace(/%20/g, "+");

describe("collection envelope (seed 001)", () => {
  it("defaults to 20 items, counts every match and links the next page", async () => {
    const { status, body } = await get("/portfolios/");
    expect(status).toBe(200);
    expect(body.results).toHaveLength(20);
    expect(body.count).toBe(250);
    expect(body.offset).toBe(0);
    expect(body._embedded).toEqual({});
    expect(body.results[0]._embedded).toEqual({});
    const next = new URL(body.next);
    expect(next.pathname).toBe("/investsuite/portfolios/");
    expect(next.searchParams.get("offset")).toBe("20");
    expect(next.searchParams.get("limit")).toBe("20");
  });

  it("pages with limit/offset without gaps or repeats and ends with next: null", async () => {
    const seen: string[] = [];
    let url: string | null = "/portfolios/?limit=100";
    while (url) {
      const { body }: { body: { results: { id: string }[]; next: string | null } } = await get(url);
      seen.push(...body.results.map((p) => p.id));
      url = body.next ? body.next.replace(/^https?:\/\/[^/]+\/investsuite/, "") : null;
    }
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
    const last = await get("/portfolios/?limit=100&offset=200");
    expect(last.body.results).toHaveLength(50);
    expect(last.body.next).toBeNull();
  });

  it("refuses a limit above 100", async () => {
    const { status, body } = await get("/portfolios/?limit=101");
    expect(status).toBe(400);
    expect(body.detail[0]).toMatchObject({ loc: ["query", "limit"], type: "value_error.number.not_le" });
  });

  it("embeds referenced users at the root, keyed by id", async () => {
    const { body } = await get("/portfolios/?embed=owned_by_user_id&limit=2");
    const owners = new Set(body.results.map((p: { owned_by_user_id: string }) => p.owned_by_user_id));
    expect(Object.keys(body._embedded).sort()).toEqual([...owners].sort());
    const [ownerId] = [...owners] as string[];
    expect(body._embedded[ownerId!]).toMatchObject({ id: ownerId, _embedded: {} });
    expect(body._embedded[ownerId!].email).toContain("@example.com");
    expect((await get("/portfolios/?embed=name")).status).toBe(400);
  });
});

describe("query parameter", () => {
  it("returns exactly the pending withdrawals for the seed's query", async () => {
    const query = q("config.manager_settings.divest_amount neq 0 and config.manager_settings.divest_amount neq null");
    const { status, body } = await get(`/portfolios/?limit=100&query=${query}`);
    expect(status).toBe(200);
    const expected = Object.values(sb.state.portfolios).filter((p) => {
      const d = p.config.manager_settings.divest_amount;
      return !p.deleted && d !== null && d !== undefined && d !== "0";
    });
    expect(expected.length).toBeGreaterThan(3);
    expect(body.count).toBe(expected.length);
    for (const p of body.results) expect(p.config.manager_settings.divest_amount).toBeGreaterThan(0);
    // Full withdrawals (1e100) are in the data and come out as the number 1e100.
    expect(expected.some((p) => p.config.manager_settings.divest_amount === "1e+100")).toBe(true);
    expect(
      body.results.some(
        (p: { config: { manager_settings: { divest_amount: number } } }) => p.config.manager_settings.divest_amount === 1e100,
      ),
    ).toBe(true);
  });

  it("filters by external_id and sorts with orderby", async () => {
    const target = Object.values(sb.state.portfolios).find((p) => p.external_id)!;
    const one = await get(`/portfolios/?query=${q(`external_id eq '${target.external_id}'`)}`);
    expect(one.body.count).toBe(1);
    expect(one.body.results[0].id).toBe(target.id);
    const sorted = await get(`/portfolios/?limit=100&query=${q("money_type eq 'REAL_MONEY' orderby creation_datetime desc")}`);
    const dates = sorted.body.results.map((p: { creation_datetime: string }) => p.creation_datetime);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(sorted.body.results.every((p: { money_type: string }) => p.money_type === "REAL_MONEY")).toBe(true);
    const users = await get(`/users/?query=${q("email eq '*@example.com'")}&limit=5`);
    expect(users.body.count).toBeGreaterThan(40);
  });

  it("answers 400 with the position of a syntax error", async () => {
    const { status, body } = await get(`/portfolios/?query=${q("status eq 'ACTIVE' and")}`);
    expect(status).toBe(400);
    expect(body.title).toBe("Bad request");
    expect(body.detail[0].type).toBe("value_error.query.syntax");
    expect(body.detail[0].ctx.position).toBe(22);
    expect(body.detail[0].msg).toContain("position 22");
  });

  it("answers 400 for unknown field names, naming the field and where it is", async () => {
    const { status, body } = await get(`/portfolios/?query=${q("status eq 'ACTIVE' and lastmodified gt '2020-01-01'")}`);
    expect(status).toBe(400);
    expect(body.detail[0]).toMatchObject({ type: "value_error.query.unknown_field", ctx: { field: "lastmodified", position: 23 } });
  });
});
