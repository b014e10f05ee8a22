/**
 * Child process of scripts/bench/portfolios.ts: for each list case, times (a) the sandbox
 * alone, a plain GET /portfolios/ with the query the page would send, and (b) the page's
 * server-side work for the list: URL state parsed by the page's own schema, query parsed
 * and checked, the InvestSuite client call (token cache, zod on the response) and the row
 * transform, plus the saved views the page awaits beside it. Interleaved per run, so both
 * see the same machine. Needs NODE_OPTIONS=--conditions=react-server (`server-only`),
 * INVESTSUITE_BASE_URL, DATABASE_URL and NEXTAUTH_SECRET; writes JSON to argv[2].
 */
import { writeFile } from "node:fs/promises";

import type { CurrentUser } from "@/lib/auth/session";
import { findPortfolios } from "@/lib/portfolios/find-portfolios";
import { findSavedViews } from "@/lib/portfolios/saved-views";
import { getDb } from "@/lib/db";
import { providerQueryText } from "@/lib/portfolios/portfolio-query";
import { firstValues, portfolioListSchema } from "@/lib/validations/portfolios";

import { PORTFOLIO_CASES } from "./portfolio-cases";
import { treeCpuMs } from "./proc-cpu";
import { summarize, type Timing } from "./stats";

export type PortfolioCaseResult = {
  name: string;
  rows: number;
  count: number;
  embedded: number;
  sandbox: Timing;
  data: Timing;
  /** CPU ms per request: the sandbox's processes, and this process for the page's data work. */
  sandboxCpu: number;
  dataCpu: number;
  /** The case's plain sandbox GET, for the page phase to time beside the page (the token outlives the bench). */
  direct: { url: string; token: string };
};

const RUNS = Number(process.env.BENCH_PORTFOLIO_RUNS || 100);
const WARMUPS = 10;
/** Only `id` is read (saved views are per owner); nobody owns views in the bench database. */
const BENCH_USER: CurrentUser = { id: "bench-user", email: "bench@bank.example", name: "Bench", role: "STAFF", sessionId: "bench" };

async function sandboxToken(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/auth/login/`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ access_key_id: process.env.INVESTSUITE_USERNAME, secret_access_key: process.env.INVESTSUITE_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sandbox login: HTTP ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** The page's list work for one request, from its raw search params (app/(back-office)/portfolios/page.tsx). */
async function pageData(params: Record<string, string>) {
  const state = portfolioListSchema.parse(firstValues(params));
  const [result] = await Promise.all([findPortfolios(state), findSavedViews(BENCH_USER, "portfolios")]);
  if (!result.ok) throw new Error(`findPortfolios failed: ${result.message}`);
  return result;
}

type Prepared = { name: string; params: Record<string, string>; url: string; direct: () => Promise<SandboxPage> };
type SandboxPage = { count: number; results: unknown[]; _embedded: Record<string, unknown> };

/** The case's plain sandbox GET: the parameters the client sends (lib/providers/investsuite/client.ts). */
function prepare(baseUrl: string, token: string, c: (typeof PORTFOLIO_CASES)[number]): Prepared {
  const state = portfolioListSchema.parse(c.params);
  const url = new URL(`${baseUrl}/portfolios/`);
  const query = providerQueryText(state.q, state.sort);
  if (query) url.searchParams.set("query", query);
  url.searchParams.set("limit", String(state.size));
  url.searchParams.set("offset", String((state.page - 1) * state.size));
  url.searchParams.set("embed", "owned_by_user_id");
  const direct = async () => {
    const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`sandbox GET ${url.search}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as SandboxPage;
  };
  return { name: c.name, params: c.params, url: url.toString(), direct };
}

async function main() {
  const resultFile = process.argv[2]!;
  const baseUrl = process.env.INVESTSUITE_BASE_URL!.replace(/\/+$/, "");
  const token = await sandboxToken(baseUrl);
  const prepared = PORTFOLIO_CASES.map((c) => prepare(baseUrl, token, c));
  const shapes = new Map<string, SandboxPage>();
  for (const c of prepared) {
    const first = await c.direct();
    const page = await pageData(c.params);
    if (page.rows.length !== first.results.length)
      throw new Error(`${c.name}: page has ${page.rows.length} rows, sandbox ${first.results.length}`);
    shapes.set(c.name, first);
  }
  // Round robin over the cases, each run timing the sandbox and then the page's data work, so
  // a neighbour's burst on this shared machine lands on every case and both columns alike.
  const sandboxPid = Number(process.env.BENCH_SANDBOX_PID);
  const samples = new Map(prepared.map((c) => [c.name, { sandbox: [] as number[], data: [] as number[], sandboxCpu: 0, dataCpu: 0 }]));
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    for (const c of prepared) {
      const cpuBefore = treeCpuMs(sandboxPid);
      let started = performance.now();
      await c.direct();
      const sandboxMs = performance.now() - started;
      const sandboxCpu = treeCpuMs(sandboxPid) - cpuBefore;
      const ownBefore = process.cpuUsage();
      started = performance.now();
      await pageData(c.params);
      const dataMs = performance.now() - started;
      const own = process.cpuUsage(ownBefore);
      if (i < WARMUPS) continue;
      const sample = samples.get(c.name)!;
      sample.sandbox.push(sandboxMs);
      sample.data.push(dataMs);
      sample.sandboxCpu += sandboxCpu;
      sample.dataCpu += (own.user + own.system) / 1000;
    }
  }
  const cases: PortfolioCaseResult[] = prepared.map((c) => {
    const first = shapes.get(c.name)!;
    const timed = samples.get(c.name)!;
    return {
      name: c.name,
      rows: first.results.length,
      count: first.count,
      embedded: Object.keys(first._embedded).length,
      sandbox: summarize(timed.sandbox),
      data: summarize(timed.data),
      sandboxCpu: timed.sandboxCpu / RUNS,
      dataCpu: timed.dataCpu / RUNS,
      direct: { url: c.url, token },
    };
  });
  for (const c of cases)
    process.stderr.write(`[bench]   ${c.name}: sandbox p95 ${c.sandbox.p95.toFixed(1)} ms, page data p95 ${c.data.p95.toFixed(1)} ms\n`);
  await writeFile(resultFile, JSON.stringify(cases));
  await getDb().$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
