import { hasPermission } from "@/lib/auth/permissions";
/**
 * Child process of scripts/bench/inbox-phase.ts: times, in-process, everything the home page
 * awaits (loadInbox: every card the role may see) and the global search's data layer, on the
 * loaded database. Run with --conditions=react-server (see server-child.ts). Writes JSON to argv[2].
 */
import { writeFile } from "node:fs/promises";

import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { cardsFor, loadInbox } from "@/lib/inbox/load-inbox";
import { globalSearch } from "@/lib/search/global-search";

import { timeCalls, type Timing } from "./stats";

export type InboxBenchResult = {
  home: { name: string; cards: number; timing: Timing }[];
  /** Each of the widest role's cards loaded alone: where the home's time goes. */
  cards: { name: string; timing: Timing }[];
  search: { name: string; hits: number; timing: Timing }[];
};

const RUNS = Number(process.env.BENCH_INBOX_RUNS || 50);

const time = (call: () => Promise<unknown>) => timeCalls(call, 5, RUNS);

async function main() {
  const db = getDb();
  const users = await db.user.findMany({ where: { id: { in: ["bench-admin", "bench-staff", "bench-compliance"] } } });
  const home: InboxBenchResult["home"] = [];
  for (const user of users) {
    const current = user as unknown as CurrentUser;
    const cards = await loadInbox(current);
    const failed = cards.filter((c) => c.failed).map((c) => c.id);
    if (failed.length) throw new Error(`cards failed to load for ${user.role}: ${failed.join(", ")}`);
    home.push({ name: `home of ${user.role}`, cards: cards.length, timing: await time(() => loadInbox(current)) });
    process.stderr.write(`[bench]   home of ${user.role}: p95 ${home.at(-1)!.timing.p95.toFixed(1)} ms\n`);
  }
  const widest = users.reduce((a, b) => (cardsFor(b).length > cardsFor(a).length ? b : a)) as unknown as CurrentUser;
  const cardTimings: InboxBenchResult["cards"] = [];
  for (const card of cardsFor(widest)) {
    const memo = <T>(_key: string, load: () => Promise<T>) => load();
    const timing = await timeCalls(() => card.load(widest, { now: new Date(), memo }), 3, 20);
    cardTimings.push({ name: `${widest.role}: ${card.id}`, timing });
  }
  const withdrawal = await db.withdrawalRequest.findFirstOrThrow({ select: { id: true } });
  const event = await db.providerEvent.findFirstOrThrow({ where: { id: { gt: 500_000n } }, select: { id: true, providerEventId: true } });
  const cases: [string, string][] = [
    ["name prefix (2 letters)", "an"],
    ["name prefix (word)", "schmidt"],
    ["e-mail prefix", "emma.5"],
    ["e-mail exact", "carla.2@example.com"],
    ["object id", "obj4242"],
    ["order id", "MKTB1234"],
    ["order original_id", "MKTB1233"],
    ["withdrawal id", withdrawal.id],
    ["event: our id", event.id.toString()],
    ["event: provider's id", event.providerEventId],
    ["no match", "zzqx-nothing"],
  ];
  const admin = users.find((u) => hasPermission(u.role, "users.manage"))! as unknown as CurrentUser;
  const search: InboxBenchResult["search"] = [];
  for (const [name, q] of cases) {
    const groups = await globalSearch(q, admin);
    search.push({
      name: `${name}: "${q}"`,
      hits: groups.reduce((n, g) => n + g.hits.length, 0),
      timing: await time(() => globalSearch(q, admin)),
    });
  }
  await writeFile(process.argv[2]!, JSON.stringify({ home, cards: cardTimings, search } satisfies InboxBenchResult));
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
