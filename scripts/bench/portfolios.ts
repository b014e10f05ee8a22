import { mkdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import type { PortfolioCaseResult } from "./portfolio-bench";
import { PORTFOLIO_TARGET_P95_MS as TARGET } from "./portfolio-cases";
import { measurePortfolioPages, type PageTiming } from "./portfolio-page";
import { startSandboxProcess } from "./sandbox-process";
import { runServerChild } from "./server-child";
import { fmtMs, table, type Timing } from "./stats";

type Options = {
  dataDir: string;
  /** A migrated database of the bench's own: saved views are read from it, the stack seeds it. */
  databaseUrl: string;
  log: (message: string) => void;
  /** The bench's cleanup list (run newest first on Ctrl-C or error); entries are removed once done. */
  cleanups: (() => Promise<unknown>)[];
};

const INVESTSUITE_LOGIN = { INVESTSUITE_USERNAME: "backoffice@bank.example", INVESTSUITE_PASSWORD: "sandbox-password" };

/**
 * Issue 8's figure: the portfolio list page's server time over the InvestSuite sandbox
 * (default data: 5,000 portfolios, 2,000 users), 100 rows with the owner embedded, beside
 * the sandbox's own response time in the same run. Returns the report section ("" when
 * BENCH_PORTFOLIOS=0). BENCH_PORTFOLIO_PAGE=0 skips the signed-in HTTP page timing (it
 * needs the production build, which `scripts/start.ts` makes when stale).
 */
export async function benchPortfolios({ dataDir, databaseUrl, log, cleanups }: Options): Promise<string> {
  if (process.env.BENCH_PORTFOLIOS === "0") return "";
  const own: (() => Promise<unknown>)[] = [];
  const defer = (undo: () => Promise<unknown>) => (own.push(undo), cleanups.push(undo));
  try {
    log("portfolios: starting the InvestSuite sandbox (5,000 portfolios, 2,000 users) as a child process…");
    const sandbox = await startSandboxProcess(path.join(dataDir, "portfolio-sandbox"), { SANDBOX_EVENT_TRANSPORT: "http" }, 120_000);
    defer(sandbox.stop);
    log(`portfolios: sandbox at ${sandbox.url}; timing the sandbox and the page's data layer, interleaved`);
    const investSuiteUrl = `${sandbox.url}/investsuite`;
    const loadBefore = os.loadavg()[0]!;
    const cases = await runDataPhase(databaseUrl, investSuiteUrl, sandbox.pid, path.join(dataDir, "portfolio-result.json"));

    let pages: PageTiming[] | string = "BENCH_PORTFOLIO_PAGE=0";
    if (process.env.BENCH_PORTFOLIO_PAGE !== "0") {
      log("portfolios: starting the web (scripts/start.ts: build if stale, next start) for the signed-in page…");
      const webDir = path.join(dataDir, "portfolio-web");
      await mkdir(webDir, { recursive: true });
      pages = await measurePortfolioPages({ dataDir: webDir, databaseUrl, investSuiteUrl, log, onStop: defer }).catch(
        (error: Error) => `not measured: ${error.message.split("\n")[0]}`,
      );
    }
    const load = `1-min load average ${loadBefore.toFixed(1)} at the start of this phase, ${os.loadavg()[0]!.toFixed(1)} at its end (${os.cpus().length} CPUs)`;
    return portfolioTable(cases, pages, load);
  } finally {
    for (const undo of own.reverse()) {
      const at = cleanups.indexOf(undo);
      if (at < 0) continue; // an interrupt's cleanup already took it
      cleanups.splice(at, 1);
      await undo();
    }
  }
}

/** scripts/bench/portfolio-bench.ts in its own process: the data layer needs the react-server condition. */
async function runDataPhase(
  databaseUrl: string,
  investSuiteUrl: string,
  sandboxPid: number,
  resultFile: string,
): Promise<PortfolioCaseResult[]> {
  await runServerChild("portfolio bench", "scripts/bench/portfolio-bench.ts", [resultFile], databaseUrl, {
    ...INVESTSUITE_LOGIN,
    INVESTSUITE_BASE_URL: investSuiteUrl,
    BENCH_SANDBOX_PID: String(sandboxPid),
  });
  return JSON.parse(await readFile(resultFile, "utf8")) as PortfolioCaseResult[];
}

const pair = (t: Timing) => `${fmtMs(t.p50)} / ${fmtMs(t.p95)}`;

function portfolioTable(cases: PortfolioCaseResult[], pages: PageTiming[] | string, load: string): string {
  const rows = cases.map((c) => {
    const page = typeof pages === "string" ? undefined : pages.find((p) => p.name === c.name);
    const server = page?.total ?? c.data;
    return [
      c.name,
      `${c.rows}/${c.count}`,
      String(c.embedded),
      pair(c.sandbox),
      pair(c.data),
      page ? pair(page.ttfb) : "–",
      page ? pair(page.total) : "–",
      [c.sandboxCpu, c.dataCpu, page?.cpu ?? Number.NaN].map(fmtMs).join(" / "),
      server.p95 <= TARGET ? "met" : "MISSED",
    ];
  });
  const runs = `${cases[0]?.sandbox.runs ?? 0} runs${typeof pages === "string" ? "" : `, page ${pages[0]?.total.runs ?? 0} runs`}`;
  const header = [
    `limit 100, embed owner (${runs})`,
    "rows/count",
    "owners",
    "sandbox p50 / p95",
    "page data p50 / p95",
    "page TTFB p50 / p95",
    "page total p50 / p95",
    "CPU/req sandbox / data / web",
    `p95 ≤ ${TARGET}`,
  ];
  const notes = [
    `\nPortfolio list server time, ms (target p95 ≤ ${TARGET} ms for 100 rows with the owner embedded)`,
    "sandbox = plain GET /portfolios/ on the InvestSuite sandbox; page data = what page.tsx awaits (URL state, query",
    "check, client call, rows, saved views) in-process; page = signed-in GET /portfolios?… on `next start`, HTML read to the end.",
    "CPU/req = CPU ms per request of the sandbox's processes, of the data work in-process, and of the web's process tree",
    "(what a request costs; wall times on a shared machine add the neighbours' load).",
    `Cases run round robin. The verdict is on page total when measured, else on page data.${typeof pages === "string" ? ` Page: ${pages}` : ""}`,
    `${load}.`,
  ];
  return `${notes.join("\n")}\n${table(header, rows)}`;
}
