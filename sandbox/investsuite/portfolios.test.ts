import { afterEach, beforeEach, describe, expect, it } from "vitest";

import {
  memoryTransport,
  MINIMUM_PORTFOLIO,
  startTestSandbox,
  TYPICAL_ROBO_PORTFOLIO,
  TYPICAL_SELF_INVESTOR_PORTFOLIO,
  type TestSandbox,
} from "./test-support";

let sb: TestSandbox;
let events: ReturnType<typeof memoryTransport>;
beforeEach(async () => {
  events = memoryTransport();
  sb = await startTestSandbox({}, { transport: events.transport });
});
afterEach(async () => {
  await sb.close();
});

const create = async (body: unknown) => {
  const res = await sb.api("POST", "/portfolios/", body);
  return { res, body: res.json() };
};

describe("creating portfolios", () => {
  it("creates the seed's minimum portfolio with the documented defaults", async () => {
    const { res, body } = await create(MINIMUM_PORTFOLIO);
    expect(res.statusCode).toBe(201);
    expect(body.id).toMatch(/^P[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(body.status).toBe("ACTIVE");
    expect(body.config.manager_settings).toEqual({ active: true });
    expect(body.brokerage_account).toBeNull();
    expect(body).toMatchObject({ version: 1, deleted: false, archived: false, funded_since: null, external_id: null });
    expect(body.creation_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+00:00$/);
    expect(body.version_datetime).toBe(body.creation_datetime);
    const fetched = await sb.api("GET", `/portfolios/${body.id}`);
    expect(fetched.json().name).toBe("General investing");
  });

  it("creates the typical robo and self-investor portfolios, holdings as JSON numbers", async () => {
    const robo = await create(TYPICAL_ROBO_PORTFOLIO);
    expect(robo.res.statusCode).toBe(201);
    expect(robo.body.config.manager_settings).toEqual({ ...TYPICAL_ROBO_PORTFOLIO.config.manager_settings, active: true });
    expect(robo.res.body).toContain('"portfolio":{"$USD":10000}');
    const self = await create({ ...TYPICAL_SELF_INVESTOR_PORTFOLIO, external_id: "your-bank-portfolio-2" });
    expect(self.res.statusCode).toBe(201);
    expect(self.body.status).toBe("ACTIVE");
    expect(self.body.brokerage_account).toEqual({
      brokerage_portfolio_id: null,
      brokerage_user_id: null,
      bank_account_type: "IBAN",
      bank_account_number: "BE01234567891234",
      bank_id: null,
      payment_reference: "32154796",
    });
    await sb.sandbox.runtime.bus.idle();
    expect(
      events
        .parsed()
        .filter((e) => e.action === "creation")
        .map((e) => e.data.id),
    ).toEqual([robo.body.id, self.body.id]);
  });

  it("keeps decimal holdings exact through create and read", async () => {
    const { res } = await create({ ...MINIMUM_PORTFOLIO, portfolio: { $USD: 208.086729, LU78464A6644: "18.780000000000000001" } });
    expect(res.body).toContain('"$USD":208.086729');
    expect(res.body).toContain('"LU78464A6644":18.780000000000000001');
  });

  it("refuses unknown fields with the documented pydantic 400 body", async () => {
    const body = { ...MINIMUM_PORTFOLIO, rik_profile_id: "K01FJCEA3TBBXNPP6GYZ2688EE3" };
    const { res, body: error } = await create(body);
    expect(res.statusCode).toBe(400);
    expect(error).toEqual({
      title: "Bad request",
      detail: [{ loc: ["body", "rik_profile_id"], msg: "extra fields not permitted", type: "value_error.extra" }],
      status: 400,
      body,
    });
    const nested = await create({
      ...MINIMUM_PORTFOLIO,
      config: { ...MINIMUM_PORTFOLIO.config, manager_settings: { rik_profile_id: "x" } },
    });
    expect(nested.body.detail[0].loc).toEqual(["body", "config", "manager_settings", "rik_profile_id"]);
    // Robo-only settings are extra fields for a Self Investor portfolio.
    const self = await create({
      ...TYPICAL_SELF_INVESTOR_PORTFOLIO,
      config: { manager: "USER_MANAGED", manager_version: 1, manager_settings: { divest_amount: 5 } },
    });
    expect(self.res.statusCode).toBe(400);
    expect(self.body.detail[0].type).toBe("value_error.extra");
  });

  it("enforces the documented id, currency, IBAN and BIC patterns", async () => {
    const cases: [unknown, (string | number)[]][] = [
      [{ ...MINIMUM_PORTFOLIO, owned_by_user_id: "U123" }, ["body", "owned_by_user_id"]],
      [{ ...MINIMUM_PORTFOLIO, base_currency: "usd" }, ["body", "base_currency"]],
      [
        { ...TYPICAL_SELF_INVESTOR_PORTFOLIO, brokerage_account: { bank_account_type: "IBAN", bank_account_number: "be0123" } },
        ["body", "brokerage_account", "bank_account_number"],
      ],
      [
        {
          ...TYPICAL_SELF_INVESTOR_PORTFOLIO,
          brokerage_account: { ...TYPICAL_SELF_INVESTOR_PORTFOLIO.brokerage_account, bank_id: "GEBA" },
        },
        ["body", "brokerage_account", "bank_id"],
      ],
      [
        { ...MINIMUM_PORTFOLIO, config: { ...MINIMUM_PORTFOLIO.config, manager_settings: { policy_id: "X01EF46X9XB437JS4678X0K529C" } } },
        ["body", "config", "manager_settings", "policy_id"],
      ],
      [{ ...MINIMUM_PORTFOLIO, portfolio: { USD: 1 } }, ["body", "portfolio", "USD"]],
    ];
    for (const [body, loc] of cases) {
      const { res, body: error } = await create(body);
      expect(res.statusCode, JSON.stringify(loc)).toBe(400);
      expect(error.detail[0].loc).toEqual(loc);
    }
    const { body: currency } = await create({ ...MINIMUM_PORTFOLIO, base_currency: "usd" });
    expect(currency.detail[0]).toEqual({
      loc: ["body", "base_currency"],
      msg: 'string does not match regex "^[A-Z]{3}\\Z"',
      type: "value_error.str.regex",
    });
    const ok = await create({
      ...TYPICAL_SELF_INVESTOR_PORTFOLIO,
      brokerage_account: { ...TYPICAL_SELF_INVESTOR_PORTFOLIO.brokerage_account, bank_id: "IDQMIE2D" },
    });
    expect(ok.res.statusCode).toBe(201);
  });

  it("answers 409 when external_id is already taken", async () => {
    expect((await create(TYPICAL_ROBO_PORTFOLIO)).res.statusCode).toBe(201);
    const { res, body } = await create(TYPICAL_ROBO_PORTFOLIO);
    expect(res.statusCode).toBe(409);
    expect(body.detail[0].loc).toEqual(["body", "external_id"]);
    const other = (await create(MINIMUM_PORTFOLIO)).body;
    const patch = await sb.api("PATCH", `/portfolios/${other.id}/`, { external_id: "your-bank-portfolio-1" });
    expect(patch.statusCode).toBe(409);
  });
});

describe("updating portfolios", () => {
  it("makes a new version per change and merges manager_settings", async () => {
    const { body: created } = await create(TYPICAL_ROBO_PORTFOLIO);
    const first = await sb.api("PATCH", `/portfolios/${created.id}/`, {
      config: { manager_settings: { policy_id: "Y01EF46X9XB437JS4678X0K529D" } },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    expect(first.json().config.manager_settings.goal_id).toBe("L01EF46X4872VVN0QRW4XF2ZP6W");
    const second = await sb.api("PATCH", `/portfolios/${created.id}`, { portfolio: { $USD: 208.086729, LU78464A6644: 18.78 } });
    expect(second.json().version).toBe(3);
    expect(second.json().portfolio).toEqual({ $USD: 208.086729, LU78464A6644: 18.78 });
    expect(second.json().version_authored_by_user_id).toMatch(/^U[0-9A-HJKMNP-TV-Z]{26}$/);
    expect((await sb.api("GET", `/portfolios/${created.id}/`)).json().version).toBe(3);
  });

  it("refuses write-once fields with the documented body", async () => {
    const { body: created } = await create(MINIMUM_PORTFOLIO);
    const money = await sb.api("PATCH", `/portfolios/${created.id}/`, { money_type: "REAL_MONEY" });
    expect(money.statusCode).toBe(422);
    expect(money.json()).toEqual({
      title: "Bad request",
      detail: [
        { loc: ["body", "entity", "money_type"], msg: "money_type may not be updated because it is marked with allow_mutation=False" },
      ],
    });
    const manager = await sb.api("PATCH", `/portfolios/${created.id}/`, { config: { manager: "USER_MANAGED" } });
    expect(manager.json().detail[0].loc).toEqual(["body", "entity", "config", "manager"]);
    // funded_since may be set once, then never changed.
    expect((await sb.api("PATCH", `/portfolios/${created.id}/`, { funded_since: "2021-02-18T08:21:02+00:00" })).statusCode).toBe(200);
    const again = await sb.api("PATCH", `/portfolios/${created.id}/`, { funded_since: "2022-02-18T08:21:02+00:00" });
    expect(again.statusCode).toBe(422);
    expect(again.json().detail[0].msg).toBe("funded_since may not be updated because it is marked with allow_mutation=False");
    // The same value is not a change.
    expect((await sb.api("PATCH", `/portfolios/${created.id}/`, { money_type: "PAPER_MONEY" })).statusCode).toBe(200);
    expect((await sb.api("GET", `/portfolios/${created.id}/`)).json().version).toBe(2);
  });

  it("emits divest-amount-update and status-update for the matching changes", async () => {
    const { body: created } = await create({
      ...TYPICAL_SELF_INVESTOR_PORTFOLIO,
      money_type: "REAL_MONEY",
      config: { manager: "ROBO_ADVISOR_DISCRETIONARY", manager_version: 1, manager_settings: { policy_id: "Y01EF46X9XB437JS4678X0K529C" } },
    });
    const res = await sb.api("PATCH", `/portfolios/${created.id}/`, { config: { manager_settings: { divest_amount: 500 } } });
    expect(res.json().config.manager_settings.divest_amount).toBe(500);
    await sb.api("PATCH", `/portfolios/${created.id}/`, { config: { manager_settings: { active: false } } });
    await sb.sandbox.runtime.bus.idle();
    const list = events.parsed();
    const divest = list.find((e) => e.action === "divest-amount-update")!;
    expect(divest.data).toMatchObject({
      id: created.id,
      divest_amount: 500,
      currency: "USD",
      owned_by_user_id: "U01F5WYKRRXZHXT9S6FF1JZNJVZ",
    });
    // $USD 10000 covers 500, so the cash check fires right away.
    expect(list.some((e) => e.action === "cash-available-for-withdrawal" && e.data.id === created.id)).toBe(true);
    expect(list.find((e) => e.action === "status-update" && e.subject === "portfolios")!.data).toMatchObject({
      id: created.id,
      value: "INACTIVE",
    });
    expect(list.some((e) => e.subject === "optimizations" && e.action === "status-update" && e.data.portfolio_id === created.id)).toBe(
      true,
    );
  });

  it("soft-deletes with a new version and hides the portfolio from further changes", async () => {
    const { body: created } = await create(MINIMUM_PORTFOLIO);
    const del = await sb.api("DELETE", `/portfolios/${created.id}/`);
    expect(del.statusCode).toBe(200);
    expect(del.json()).toMatchObject({ id: created.id, deleted: true, version: 2 });
    expect((await sb.api("GET", `/portfolios/${created.id}/`)).json().deleted).toBe(true);
    expect((await sb.api("PATCH", `/portfolios/${created.id}/`, { name: "x" })).statusCode).toBe(404);
    expect((await sb.api("GET", `/portfolios/P01F8ZSNV0J45R9DFZ3D7D8C26F/`)).statusCode).toBe(404);
  });
});
