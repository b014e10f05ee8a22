import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { pointAppAtInvestSuite } from "@/scripts/test-support/investsuite-app-client";
import { signInAs } from "@/scripts/test-support/auth";
import { startContractSandbox, type ContractSandbox } from "@/sandbox/investsuite/contract/test-sandbox";

type Handler = (request: Request, context: unknown) => Promise<Response>;

/** RFC 4180 records as objects keyed by the header (test-only; csv-parse is not a dependency). */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ",") endField();
    else if (!quoted && c === "\n") {
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  const [header = [], ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

describe("portfolio CSV export route", () => {
  let sandbox: ContractSandbox;
  let exportPortfolios: Handler;
  const requests: string[] = [];
  const realFetch = globalThis.fetch;
  const get = (query: string) => exportPortfolios(new Request(`http://localhost/api/portfolios/export?${query}`), {});

  beforeAll(async () => {
    sandbox = await startContractSandbox({ SANDBOX_IS_PORTFOLIOS: "230" });
    pointAppAtInvestSuite(sandbox);
    globalThis.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes("/portfolios")) requests.push(url);
      return realFetch(input, init);
    };
    ({ GET: exportPortfolios } = (await import("@/app/api/portfolios/export/route")) as { GET: Handler });
  });
  afterAll(async () => {
    globalThis.fetch = realFetch;
    await sandbox?.close();
  });

  it("streams every page as CSV with the count header, exact cash with currency codes, audited", async () => {
    const staff = await signInAs("STAFF");
    requests.length = 0;
    const response = await get("q=deleted+eq+false&sort=creation_datetime:desc");
    expect(response.status).toBe(200);
    const total = Number(response.headers.get("x-total-count"));
    expect(total).toBeGreaterThan(100);
    const records = parseCsv(await response.text());
    expect(records).toHaveLength(total);
    expect(new Set(records.map((r) => r.id)).size).toBe(total);
    expect(requests.length).toBe(Math.ceil(total / 100));
    for (const r of records.filter((x) => x.cash)) expect(r.cash).toMatch(/^-?\d+(\.\d+)? [A-Z]{3}(; -?\d+(\.\d+)? [A-Z]{3})*$/);
    const created = records.map((r) => r.created);
    expect(created).toEqual([...created].sort().reverse());
    expect(await getDb().auditEntry.count({ where: { action: "portfolios.exported", actorId: staff.user.id } })).toBe(1);
  });

  it("refuses an invalid query with 400 and sends nothing to InvestSuite", async () => {
    await signInAs("COMPLIANCE");
    requests.length = 0;
    const response = await get(`q=${encodeURIComponent("status eq")}`);
    expect(response.status).toBe(400);
    expect(requests).toEqual([]);
  });
});
