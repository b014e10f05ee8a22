/**
 * Child process of scripts/bench/customers.ts (issue #14): syncs the sandboxes' persons into
 * customers once, then times the customer page's server work (lib/customers/get-customer.ts:
 * our tables, the three providers in parallel within their budget, the timeline; plus the
 * access row the page writes) for customers at one, two and three providers. Each panel's
 * own provider time is recorded beside it. Needs NODE_OPTIONS=--conditions=react-server,
 * the providers' *_BASE_URL settings and DATABASE_URL; writes JSON to argv[2].
 */
import { writeFile } from "node:fs/promises";

import type { CurrentUser } from "@/lib/auth/session";
import { recordCustomerAccess } from "@/lib/customers/access-log";
import { loadCustomer } from "@/lib/customers/get-customer";
import { syncCustomers } from "@/lib/customers/sync-customers";
import { createPrismaClient } from "@/lib/db/create-client";
import { getCashlinkClient, getInvestSuiteClient, getWiseAlphaClient } from "@/lib/providers/server-clients";

import { summarize, type Timing } from "./stats";

export type CustomerCaseResult = {
  name: string;
  customers: number;
  server: Timing;
  providers: Record<"InvestSuite" | "WiseAlpha" | "Cashlink", Timing | null>;
  failures: number;
};

const RUNS = Number(process.env.BENCH_CUSTOMER_RUNS || 60);
const WARMUPS = 5;
const BENCH_USER: CurrentUser = { id: "bench-user", email: "bench@bank.example", name: "Bench", role: "COMPLIANCE", sessionId: "bench" };

async function main() {
  const db = createPrismaClient(process.env.DATABASE_URL!, 4);
  const sync = await syncCustomers(db, {
    investSuite: getInvestSuiteClient(),
    wiseAlpha: getWiseAlphaClient(),
    cashlink: getCashlinkClient(),
  });
  console.log(
    `[bench] customers: sync read ${sync.persons} persons in ${sync.ms} ms (${sync.linkedByNumber} linked by number, ${sync.newSuggestions} suggestions)`,
  );
  const pick = async (n: number) =>
    (
      await db.$queryRawUnsafe<{ id: string }[]>(
        `SELECT "id" FROM "Customer" WHERE cardinality("providers") = $1 ORDER BY "id" LIMIT 10`,
        n,
      )
    ).map((r) => r.id);
  const cases = [
    { name: "customer at 3 providers", ids: await pick(3) },
    { name: "customer at 2 providers", ids: await pick(2) },
    { name: "customer at 1 provider", ids: await pick(1) },
  ];
  const results: CustomerCaseResult[] = [];
  for (const c of cases) {
    if (c.ids.length === 0) continue;
    const server: number[] = [];
    const panels = { InvestSuite: [] as number[], WiseAlpha: [] as number[], Cashlink: [] as number[] };
    let failures = 0;
    for (let i = 0; i < WARMUPS + RUNS; i++) {
      const id = c.ids[i % c.ids.length]!;
      const started = performance.now();
      // What the page awaits: the loader (providers in parallel) and the access row.
      const detail = await loadCustomer(id);
      await recordCustomerAccess(BENCH_USER, id);
      const ms = performance.now() - started;
      if (i < WARMUPS || !detail) continue;
      server.push(ms);
      for (const [name, panel] of [
        ["InvestSuite", detail.panels.investSuite],
        ["WiseAlpha", detail.panels.wiseAlpha],
        ["Cashlink", detail.panels.cashlink],
      ] as const) {
        if (!panel) continue;
        if (!panel.ok) failures++;
        panels[name].push(panel.ms);
      }
    }
    const timing = (s: number[]) => (s.length ? summarize(s) : null);
    results.push({
      name: c.name,
      customers: c.ids.length,
      server: summarize(server),
      providers: { InvestSuite: timing(panels.InvestSuite), WiseAlpha: timing(panels.WiseAlpha), Cashlink: timing(panels.Cashlink) },
      failures,
    });
  }
  await writeFile(process.argv[2]!, JSON.stringify(results));
  await db.$disconnect();
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  },
);
