import { describe, expect, it } from "vitest";

import { forSuite } from "../../../scripts/test-support/for-suite";
import { login, withBearer, type Envelope, type ErrorBody, type Portfolio } from "./contract-support";
import { loadHttpFile, sendHttpFile, type HttpFileRequest } from "./http-file";
import { startContractSandbox } from "./test-sandbox";

/**
 * Contract test: the seeds' own InvestSuite requests (./*.http, copied verbatim) run against
 * the sandbox over real HTTP, changed only in base URL, bearer token and {{ids}} made
 * earlier in the run. A verbatim request the real API would refuse (a doc typo) is sent
 * too and must be refused; its `.fixed.http` twin (one named change) must succeed.
 * The steps share state, so they run in order.
 */

describe("InvestSuite seed requests against the sandbox", () => {
  const sandbox = forSuite(startContractSandbox);
  let token: string;
  const vars: Record<string, string> = {};
  const send = async (file: string, transform: (req: HttpFileRequest) => HttpFileRequest = (r) => r) =>
    sendHttpFile(transform(await loadHttpFile(file)), { baseUrl: sandbox.baseUrl, token, vars });

  it("login.http and refresh-token.http: tokens in the documented shape", async () => {
    const body = await login(sandbox);
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: expect.stringMatching(/^\d+$/) });
    vars.refreshToken = body.refresh_token;
    const refreshed = await send("refresh-token.http");
    expect(refreshed.status).toBe(200);
    token = (refreshed.json() as { access_token: string }).access_token;
  });

  it("list-portfolios-embed.http: two results, owners embedded at the root", async () => {
    const response = await send("list-portfolios-embed.http");
    expect(response.status).toBe(200);
    const body = response.json() as Envelope & { results: { owned_by_user_id: string; _embedded: object }[] };
    expect(body.results).toHaveLength(2);
    expect(body.count).toBe(40);
    expect(body.next).toMatch(/embed=owned_by_user_id/);
    for (const result of body.results) {
      expect(body._embedded[result.owned_by_user_id]).toMatchObject({ id: result.owned_by_user_id });
      expect(result._embedded).toEqual({});
    }
  });

  it("list-portfolios.http: default page of 20 with a next cursor", async () => {
    const body = (await send("list-portfolios.http")).json() as Envelope;
    expect(body.results).toHaveLength(20);
    expect(body.offset).toBe(0);
    expect(new URL(body.next ?? "", "http://x").searchParams.get("offset")).toBe("20");
  });

  it("query-lastmodified-range.http: the seed's field name is unknown; the fixed field works", async () => {
    const verbatim = await send("query-lastmodified-range.http");
    expect(verbatim.status).toBe(400);
    expect((verbatim.json() as ErrorBody).detail[0]?.type).toBe("value_error.query.unknown_field");
    const fixed = await send("query-lastmodified-range.fixed.http");
    expect(fixed.status).toBe(200);
    expect((fixed.json() as Envelope).count).toBeGreaterThan(0);
  });

  it("create-portfolio-minimum.http: 201 with active added", async () => {
    const response = await send("create-portfolio-minimum.http");
    expect(response.status).toBe(201);
    expect(response.json()).toMatchObject({
      id: expect.stringMatching(/^P[0-9A-HJKMNP-TV-Z]{26}$/),
      name: "General investing",
      owned_by_user_id: "U01F5WYKRRXZHXT9S6FF1JZNJVZ",
      money_type: "PAPER_MONEY",
      config: { manager: "ROBO_ADVISOR_DISCRETIONARY", manager_version: 1, manager_settings: { active: true } },
      version: 1,
      deleted: false,
      status: "ACTIVE",
    });
  });

  it("create-portfolio-robo: verbatim has JSON comments (400); fixed creates {{portfolioId}}", async () => {
    expect((await send("create-portfolio-robo.http")).status).toBe(400);
    const response = await send("create-portfolio-robo.fixed.http");
    expect(response.status).toBe(201);
    const body = response.json() as Portfolio;
    expect(body).toMatchObject({
      external_id: "your-bank-portfolio-1",
      config: { manager_settings: { policy_id: "Y01EF46X9XB437JS4678X0K529C", goal_id: "L01EF46X4872VVN0QRW4XF2ZP6W", active: true } },
      portfolio: { $USD: 10000 },
      brokerage_account: null,
      funded_since: null,
    });
    vars.portfolioId = body.id;
  });

  it("create-portfolio-self-investor: verbatim is not JSON (400); fixed hits the taken external_id (409)", async () => {
    expect((await send("create-portfolio-self-investor.http")).status).toBe(400);
    // Seed 001: an external_id, when given, must be unique, and the robo example already used it.
    const response = await send("create-portfolio-self-investor.fixed.http");
    expect(response.status).toBe(409);
    expect((response.json() as ErrorBody).detail[0]?.loc).toEqual(["body", "external_id"]);
  });

  it("get-portfolio.http: the created portfolio", async () => {
    const response = await send("get-portfolio.http");
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ id: vars.portfolioId, external_id: "your-bank-portfolio-1", version: 1 });
  });

  it("patch-portfolio-holdings: verbatim is a bare member (400); fixed replaces the holdings", async () => {
    expect((await send("patch-portfolio-holdings.http")).status).toBe(400);
    const response = await send("patch-portfolio-holdings.fixed.http");
    expect(response.status).toBe(200);
    const body = response.json() as Portfolio;
    expect(body.portfolio).toEqual({
      $USD: 208.086729,
      LU78464A6644: 18.78,
      LU4642886612: 9.2243,
      LU46137V2410: 9,
      LU3160923039: 3,
      LU46429B2676: 45.146,
      LU46434V7617: 9,
      LU4642865251: 7.6828,
      LU46434V4234: 3,
    });
    expect(body.version).toBe(2);
    expect(response.text).toContain('"$USD":208.086729');
  });

  it("patch-portfolio-funded-since.http: funded_since set", async () => {
    const response = await send("patch-portfolio-funded-since.http");
    expect(response.status).toBe(200);
    expect((response.json() as Portfolio).funded_since).toBe("2021-02-18T08:21:02+00:00");
  });

  it("patch-portfolio-divest-amount: the HTTP example (400), the curl example (400), its fix (200)", async () => {
    expect((await send("patch-portfolio-divest-amount.http")).status).toBe(400);
    const curl = await send("patch-portfolio-divest-amount-curl.http");
    expect(curl.status).toBe(400);
    expect((curl.json() as ErrorBody).detail[0]).toMatchObject({ loc: ["body", "manager"], type: "value_error.extra" });
    const fixed = await send("patch-portfolio-divest-amount-curl.fixed.http");
    expect(fixed.status).toBe(200);
    expect((fixed.json() as Portfolio).config.manager_settings.divest_amount).toBe(500);
  });

  it("patch-portfolio-manager-settings: verbatim (400); fixed keeps the other settings (merge)", async () => {
    expect((await send("patch-portfolio-manager-settings.http")).status).toBe(400);
    const response = await send("patch-portfolio-manager-settings.fixed.http");
    expect(response.status).toBe(200);
    expect((response.json() as Portfolio).config.manager_settings).toMatchObject({
      policy_id: "Y01EF46X9XB437JS4678X0K529C",
      horizon_id: "H01EQ3429CY6Y2NW0ZF8A8Y2FYJ",
      divest_amount: 500,
    });
  });

  it("patch-portfolio-brokerage-account: verbatim (400); fixed sets the account", async () => {
    expect((await send("patch-portfolio-brokerage-account.http")).status).toBe(400);
    const response = await send("patch-portfolio-brokerage-account.fixed.http");
    expect(response.status).toBe(200);
    expect((response.json() as Portfolio).brokerage_account).toMatchObject({
      bank_account_type: "IBAN",
      bank_account_number: "BE19000000001212",
    });
  });

  it("query-portfolios-external-id.http: exactly the created portfolio", async () => {
    const response = await send("query-portfolios-external-id.http");
    expect(response.status).toBe(200);
    const body = response.json() as Envelope;
    expect(body.count).toBe(1);
    expect(body.results[0]?.id).toBe(vars.portfolioId);
  });

  it("query-portfolios-pending-withdrawals.http: only non-zero, non-null divest amounts, ours included", async () => {
    const response = await send("query-portfolios-pending-withdrawals.http");
    expect(response.status).toBe(200);
    const body = response.json() as Envelope;
    expect(body.results.map((p) => p.id)).toContain(vars.portfolioId);
    for (const p of body.results) expect(p.config.manager_settings.divest_amount ?? 0).not.toBe(0);
  });

  it("event-deposit.http: 401 as written (no token), 201 with one, replayed on the same key", async () => {
    expect((await send("event-deposit.http")).status).toBe(401);
    const first = await send("event-deposit.http", withBearer);
    expect(first.status).toBe(201);
    expect(first.json()).toMatchObject({
      portfolio_id: vars.portfolioId,
      amount: "1000",
      currency: "USD",
      idempotency_key: "LVRYWG833Vp2FIIG",
    });
    const again = await send("event-deposit.http", withBearer);
    expect(again.status).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.json()).toEqual(first.json());
    const transfers = (await sandbox.control("GET", `/investsuite/__sandbox/cash-transfers?portfolio=${vars.portfolioId}`)) as {
      results: unknown[];
    };
    expect(transfers.results).toHaveLength(1);
  });

  it("event-withdraw.http: the seed reuses the deposit's key, which is refused on another endpoint (422)", async () => {
    const response = await send("event-withdraw.http", withBearer);
    expect(response.status).toBe(422);
    expect((response.json() as ErrorBody).detail[0]?.loc).toEqual(["header", "Idempotency-Key"]);
  });

  it("patch-portfolio-block: verbatim is not JSON (400); fixed blocks it", async () => {
    expect((await send("patch-portfolio-block.http")).status).toBe(400);
    const response = await send("patch-portfolio-block.fixed.http");
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ status: "INACTIVE", config: { manager_settings: { active: false } } });
  });

  // The seed's DELETE carries `Content-Type: application/json` and no body, which must be accepted.
  it("delete-portfolio.http as written: soft delete, still readable, no longer writable", async () => {
    const response = await send("delete-portfolio.http");
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ id: vars.portfolioId, deleted: true });
    expect((await send("get-portfolio.http")).json()).toMatchObject({ deleted: true });
    expect((await send("patch-portfolio-funded-since.http")).status).toBe(404);
  });
});
