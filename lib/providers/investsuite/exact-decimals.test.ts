import { describe, expect, it } from "vitest";

import { parseInvestSuiteEvent } from "./event-schemas";
import { exactDecimalFetch, parseWithExactDecimals, quoteMoneyNumbers } from "./exact-decimals";
import { isFullWithdrawal, portfolioSchema } from "./schemas";

describe("quoteMoneyNumbers", () => {
  it("quotes money and holdings with their exact source text, and nothing else", () => {
    const raw =
      '{"count":2,"version":3,"config":{"manager_version":1,"manager_settings":{"divest_amount":1e+100,"start_amount":600.0,"risk_profile_score":3}},' +
      '"portfolio":{"$USD":208.086729,"LU78464A6644":18.780000000000000001},"data":{"amount":-12.5,"portfolio":"P1"},"list":[1,{"amount":2}]}';
    expect(parseWithExactDecimals(raw)).toEqual({
      count: 2,
      version: 3,
      config: { manager_version: 1, manager_settings: { divest_amount: "1e+100", start_amount: "600.0", risk_profile_score: 3 } },
      portfolio: { $USD: "208.086729", LU78464A6644: "18.780000000000000001" },
      data: { amount: "-12.5", portfolio: "P1" },
      list: [1, { amount: "2" }],
    });
  });

  it("leaves strings that look like keys or numbers alone, escapes included", () => {
    const raw = '{"name":"amount \\" 5","amount":"7","note":"divest_amount: 1","x":[ "a" , 1.5 ]}';
    expect(quoteMoneyNumbers(raw)).toBe(raw);
  });
});

describe("exactDecimalFetch", () => {
  it("rewrites JSON bodies and passes other bodies through", async () => {
    const inner = async (url: string) =>
      url.endsWith("json")
        ? new Response('{"divest_amount":1e100}', { headers: { "content-type": "application/json", "content-length": "23" } })
        : new Response("plain 1.5", { headers: { "content-type": "text/plain" } });
    const wrapped = exactDecimalFetch(inner);
    expect(await (await wrapped("http://x/json", {})).text()).toBe('{"divest_amount":"1e100"}');
    expect(await (await wrapped("http://x/text", {})).text()).toBe("plain 1.5");
  });
});

describe("money in schemas", () => {
  it("recognises a full withdrawal by decimal comparison, not by float", () => {
    expect(isFullWithdrawal("1e+100")).toBe(true);
    expect(isFullWithdrawal("1E100")).toBe(true);
    expect(isFullWithdrawal("9999999999999999999999")).toBe(false);
  });

  it("parses the seed 002 portfolio example with decimal strings", () => {
    const portfolio = portfolioSchema.parse(
      parseWithExactDecimals(`{"external_id":"your-bank-portfolio-1","name":"General investing","owned_by_user_id":"U01F5WYKRRXZHXT9S6FF1JZNJVZ",
      "base_currency":"USD","money_type":"PAPER_MONEY","config":{"manager":"ROBO_ADVISOR_DISCRETIONARY","manager_version":1,
      "manager_settings":{"policy_id":"Y01EF46X9XB437JS4678X0K529C","active":true,"divest_amount":500}},
      "portfolio":{"$USD":208.086729,"LU78464A6644":18.78},"snapshot_datetime":null,"funded_since":null,"id":"P01F8ZSNV0J45R9DFZ3D7D8C26F",
      "creation_datetime":"2021-06-24T19:59:15.474241+00:00","version":3,"version_datetime":"2021-06-24T19:59:15.474241+00:00",
      "version_authored_by_user_id":"U01EJQSYGYQJJ5GNFM4ZXW59Q0X","deleted":false,"status":"ACTIVE"}`),
    );
    expect(portfolio.portfolio).toEqual({ $USD: "208.086729", LU78464A6644: "18.78" });
    expect(portfolio.config.manager_settings.divest_amount).toBe("500");
  });
});

describe("parseInvestSuiteEvent", () => {
  it("reads the seed 000 withdrawal request with the amount as text", () => {
    const raw = `{"id":"an-event-id","created":"-1000000000-01-01T00:00:00Z","version":"1.0.0","subject":"portfolios",
      "action":"divest-amount-update","data":{"id":"a-portfolio-id","external_id":"an-external-id","divest_amount":1.234,
      "currency":"a-currency-code","owned_by_user_id":"a-user-id","owned_by_external_user_id":"portfolio-owner-external-user-id"}}`;
    const event = parseInvestSuiteEvent(raw);
    expect(event.name).toBe("portfolios.divest-amount-update");
    expect(event.data).toMatchObject({ divest_amount: "1.234", id: "a-portfolio-id" });
  });
});
