import path from "node:path";

import { connect } from "amqplib";
import { afterAll, describe, expect, inject, it } from "vitest";

import { signBase64Hmac } from "../../lib/events/signatures";
import { declare, publish } from "../intake/amqp-test-support";
import { reachable, runId, testDb, waitFor } from "../intake/test-support";
import { freePort } from "../../scripts/lib/ports";
import { cpuSeconds, startProcess, type Started } from "./scale-out-test-support";

/**
 * #19 done-when 2: two worker processes (competing AMQP consumers, claim loops) and two intake
 * listeners take 20,000 events, half InvestSuite divest updates over AMQP, half WiseAlpha account
 * events as signed webhooks, while one worker is SIGKILLed mid-run and restarted: none lost, none
 * processed twice, and every entity's events handled in provider order.
 *
 * The workers are worker/main.ts with a recording handler (test-recording-worker.ts): each handled
 * event leaves one row in a table of this test, in the batch's transaction, numbered in the order
 * the handlers ran. The subject here is the distribution of the work (queue, claims, per-entity
 * order, a crash), not what the real handlers do with an event; their own tests cover that, and
 * at their per-event cost this test would measure them instead (it took 5 minutes with them).
 */
const db = testDb();
const started: Started[] = [];
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const { child } of started) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  for (const undo of cleanups.reverse()) await undo().catch(() => undefined);
  await db.$disconnect();
});

const AMQP_URL = process.env.AMQP_URL ?? "amqp://guest:guest@127.0.0.1:5672";
const WEBHOOK_KEY = Buffer.from("scale-out-test-webhook-key-32-bytes!").toString("base64");
const ROUNDS = 10;
/** The round during which a worker is killed (its AMQP messages being consumed, a backlog being processed). */
const KILL_ROUND = 5;
/** …once this many events are handled (a quarter), some by the victim. */
const KILL_AFTER_HANDLED = 5_000;
/** Webhook deliveries at once: on a loaded machine each waits on three processes' turns, so many overlap. */
const WEBHOOKS_IN_FLIGHT = 96;
const ENTITIES = 1_000;
const TOTAL = ROUNDS * ENTITIES * 2;
const ACCOUNT_TYPES = ["account.aml-check-passed", "account.identity-documents-verified", "account.investor-type-approved"];
/** Generous for a shared 2-core machine (a run takes 1–2 minutes), but a hang still fails in bounded time. */
const ROUND_STORED_MS = 60_000;
const ALL_PROCESSED_MS = 300_000;

describe("two workers and two intake listeners, one worker SIGKILLed", () => {
  it("loses nothing, processes nothing twice and keeps every entity's provider order", { timeout: 600_000 }, async (ctx) => {
    // The embedded database serves every connection from one backend: two workers' claim loops would share one session.
    if (inject("databaseKind") === "embedded")
      ctx.skip("needs a real PostgreSQL: set TEST_DATABASE_URL (the embedded one has one backend)");
    if (!(await reachable(5672))) ctx.skip("needs RabbitMQ on 127.0.0.1:5672");
    const run = runId();
    const prefix = `so-${run}-`;
    const table = `scale_out_seen_${run.replace(/[^a-z0-9]/g, "_")}`;
    await db.$executeRawUnsafe(`CREATE TABLE ${table} (seq bigserial PRIMARY KEY, "eventId" bigint NOT NULL, pid int NOT NULL)`);
    cleanups.push(() => db.$executeRawUnsafe(`DROP TABLE IF EXISTS ${table}`));
    // Other suites leave due events in the shared test database; only ours are to be processed.
    await db.providerEvent.updateMany({ where: { status: { in: ["PENDING", "FAILED"] } }, data: { status: "UNHANDLED" } });
    // Ours leave nothing behind for later suites (the recording handler wrote only to the table above).
    cleanups.push(() => db.providerEvent.deleteMany({ where: { providerEventId: { startsWith: prefix } } }));

    const exchange = `scaleout.${run}.events`;
    const queue = `scaleout.${run}.intake`;
    const connection = await connect(AMQP_URL);
    const channel = await connection.createConfirmChannel();
    cleanups.push(async () => {
      await channel.deleteQueue(queue).catch(() => undefined);
      await channel.deleteExchange(exchange).catch(() => undefined);
      await connection.close();
    });
    await declare(channel, exchange, queue);

    const workerEnv = {
      RECORDING_TABLE: table,
      EVENT_TRANSPORT: "amqp",
      AMQP_URL,
      AMQP_EXCHANGE: exchange,
      AMQP_QUEUE: queue,
      EVENT_CONCURRENCY: "4",
      EVENT_BATCH_SIZE: "100",
      WISEALPHA_POLL_INTERVAL_MS: "0",
      WITHDRAWAL_RECONCILE_INTERVAL_MS: "0",
      ONBOARDING_SYNC_INTERVAL_MS: "0",
      ORDER_BOOK_RECONCILE_INTERVAL_MS: "0",
      CUSTOMER_SYNC_INTERVAL_MS: "0",
      SEARCH_SYNC_INTERVAL_MS: "0",
      INVESTSUITE_BASE_URL: "http://127.0.0.1:9/investsuite",
    };
    const startWorker = (name: string) => {
      const worker = startProcess(name, path.join("worker", "processing", "test-recording-worker.ts"), workerEnv, '"msg":"worker ready"');
      started.push(worker);
      return worker;
    };
    const ports = [await freePort(), await freePort()];
    const listeners = ports.map((port, i) => {
      const listener = startProcess(
        `intake-${i}`,
        path.join("intake", "main.ts"),
        { INTAKE_PORT: String(port), WISEALPHA_WEBHOOK_KEY: WEBHOOK_KEY },
        '"msg":"intake listening"',
      );
      started.push(listener);
      return listener;
    });
    // Both workers start at once: on a database without their queues both create them (ensureQueue).
    const victim = startWorker("worker-a");
    const survivor = startWorker("worker-b");
    await Promise.all([victim.ready, survivor.ready, ...listeners.map((l) => l.ready)]);
    // Any process but the victim dying fails the test at once, with its output.
    const crashed = Promise.race([survivor, ...listeners].map((p) => p.died));
    crashed.catch(() => undefined); // observed by guard() while it matters; the stop at the end is no crash
    const guard = <T>(work: Promise<T>) => Promise.race([work, crashed]);

    const base = Date.parse("2026-12-07T08:00:00Z");
    const created = (round: number) => new Date(base + round * 1_000).toISOString();
    const key = Buffer.from(WEBHOOK_KEY, "base64");
    /** Stored events of a round (all, or one provider's: "p" portfolios over AMQP, "c" customers as webhooks). */
    const stored = (round: number | null, kind = "") =>
      db.providerEvent.count({ where: { providerEventId: { startsWith: round === null ? prefix : `${prefix}r${round}-${kind}` } } });
    const seenBy = async () => {
      const rows = await db.$queryRawUnsafe<{ pid: number; n: number }[]>(`SELECT pid, count(*)::int AS n FROM ${table} GROUP BY pid`);
      return new Map(rows.map((r) => [r.pid, r.n]));
    };
    const seen = async () => [...(await seenBy()).values()].reduce((a, b) => a + b, 0);

    const startedAt = Date.now();
    const progress: string[] = [];
    const ticker = setInterval(() => {
      void seen().then((n) => progress.push(`${Math.round((Date.now() - startedAt) / 1000)}s:${n}`));
    }, 10_000);
    cleanups.push(async () => clearInterval(ticker));

    let kill: { at: number; seenByVictim: number; seenTotal: number; storedOfRound: number; restartedIn?: number } | null = null;
    let restarted: Started | null = null;
    // Two providers, each sending an entity's next event only once its previous one is stored, at their own pace.
    const investSuite = async () => {
      const rounds: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const t0 = Date.now();
        // The restarted worker is up before the last round: work is left for it (not only a restart that was waited for).
        if (round === ROUNDS - 1) await guard(restarted!.ready);
        // One divest update per portfolio over AMQP, a new amount each round.
        const divestUpdates = Array.from({ length: ENTITIES }, (_, e) => {
          const id = `${prefix}r${round}-p${e}`;
          return {
            id,
            body: `{"id":"${id}","created":"${created(round)}","version":"1.0.0","subject":"portfolios","action":"divest-amount-update","data":{"id":"P-${prefix}${e}","divest_amount":${100 + round},"currency":"EUR"}}`,
          };
        });
        // Killed mid-run while it works on both sides: it has handled a good share and has a backlog of claims to
        // go, and this round's messages are being consumed.
        if (round === KILL_ROUND) {
          const underWay = (by: Map<number, number>) =>
            (by.get(victim.child.pid!) ?? 0) >= 500 && [...by.values()].reduce((a, b) => a + b, 0) >= KILL_AFTER_HANDLED;
          await guard(waitFor("processing under way", seenBy, underWay, ALL_PROCESSED_MS, 20));
          // The whole round at once, and the kill 30 ms later: the consumers are taking it in (their batches wait up
          // to 50 ms for more before they commit, so the victim holds its share unacked) and its claim loops are
          // in the middle of batches. Publisher confirms come later than that (the broker syncs them to disk first).
          for (const { id, body } of divestUpdates) {
            channel.publish(exchange, "portfolios.divest-amount-update", Buffer.from(body), { persistent: true, messageId: id });
          }
          await new Promise((r) => setTimeout(r, 30));
          const storedOfRound = await stored(round, "p");
          victim.child.kill("SIGKILL");
          await victim.exited;
          kill = {
            at: Date.now(),
            storedOfRound,
            seenByVictim: (await seenBy()).get(victim.child.pid!) ?? 0,
            seenTotal: await seen(),
          };
          // Restarted at once; the other worker goes on meanwhile, and so do the providers.
          restarted = startWorker("worker-a2");
          void restarted.ready.then(() => (kill!.restartedIn = Date.now() - kill!.at));
          await guard(channel.waitForConfirms());
        } else {
          await guard(publish(channel, exchange, divestUpdates));
        }
        // Published is not stored: the next round waits until the consumers have committed this one.
        await guard(
          waitFor(
            `AMQP round ${round} stored`,
            () => stored(round, "p"),
            (n) => n === ENTITIES,
            ROUND_STORED_MS,
            50,
          ),
        );
        rounds.push(Date.now() - t0);
      }
      return rounds;
    };
    const wiseAlpha = async () => {
      const rounds: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const t0 = Date.now();
        // Signed webhooks spread over both listeners, WEBHOOKS_IN_FLIGHT at once; a 200 means stored.
        const bodies = Array.from({ length: ENTITIES }, (_, e) => {
          const id = `${prefix}r${round}-c${e}`;
          return `{"id":"${id}","created":"${created(round)}","event_type":"${ACCOUNT_TYPES[round % ACCOUNT_TYPES.length]}","customer_id":"C-${prefix}${e}","data":{}}`;
        });
        let next = 0;
        await guard(
          Promise.all(
            Array.from({ length: WEBHOOKS_IN_FLIGHT }, async () => {
              while (next < bodies.length) {
                const i = next++;
                const body = bodies[i]!;
                // A kept-alive socket the listener closed as idle fails the request: send again, as a provider
                // retries (a repeat only bumps `deliveries`).
                for (let attempt = 1; ; attempt++) {
                  try {
                    const res = await fetch(`http://127.0.0.1:${ports[i % 2]}/api/webhooks/wisealpha`, {
                      method: "POST",
                      headers: { "content-type": "application/json", "x-wisealpha-signature": signBase64Hmac(key, body) },
                      body,
                    });
                    expect(res.status).toBe(200);
                    await res.arrayBuffer();
                    break;
                  } catch (error) {
                    if (attempt >= 5 || !(error instanceof TypeError)) throw error;
                  }
                }
              }
            }),
          ),
        );
        rounds.push(Date.now() - t0);
      }
      return rounds;
    };
    const [amqpRounds, webhookRounds] = await Promise.all([investSuite(), wiseAlpha()]);
    expect(await stored(null)).toBe(TOTAL);
    const allStoredAt = Date.now();
    await Promise.race([waitFor("every event processed", seen, (n) => n >= TOTAL, ALL_PROCESSED_MS, 250), crashed, restarted!.died]);
    const doneAt = Date.now();
    clearInterval(ticker);
    // Where the machine's time went (CPU seconds per process; the killed worker's are lost with it).
    const usage = process.cpuUsage();
    const cpu = {
      test: Math.round((usage.user + usage.system) / 1e5) / 10,
      listeners: listeners.map((l) => cpuSeconds(l.child.pid)),
      survivor: cpuSeconds(survivor.child.pid),
      restarted: cpuSeconds(restarted!.child.pid),
    };

    // 0 lost: every event stored once and PROCESSED.
    const events = await db.providerEvent.groupBy({
      by: ["status"],
      where: { providerEventId: { startsWith: prefix } },
      _count: true,
    });
    expect(events.map((e) => [e.status, e._count])).toEqual([["PROCESSED", TOTAL]]);

    // 0 twice: one recorded handling per event (a killed batch's rows rolled back with it), none of anyone else's.
    const [once] = await db.$queryRawUnsafe<{ rows: number; events: number; ours: number }[]>(
      `SELECT count(*)::int AS rows, count(DISTINCT s."eventId")::int AS events,
              count(*) FILTER (WHERE e."providerEventId" LIKE $1)::int AS ours
         FROM ${table} s JOIN "ProviderEvent" e ON e.id = s."eventId"`,
      `${prefix}%`,
    );
    expect(once).toEqual({ rows: TOTAL, events: TOTAL, ours: TOTAL });

    // Provider order per entity: along the order the handlers ran, each entity's provider times strictly increase, 10 of them.
    const [order] = await db.$queryRawUnsafe<{ entities: number; fewest: number; most: number; inversions: number }[]>(
      `WITH seen AS (
         SELECT COALESCE('p:' || e."portfolioRef", 'c:' || e."customerRef") AS entity, e."providerCreatedAt" AS at,
                lag(e."providerCreatedAt") OVER (PARTITION BY COALESCE('p:' || e."portfolioRef", 'c:' || e."customerRef") ORDER BY s.seq) AS before
           FROM ${table} s JOIN "ProviderEvent" e ON e.id = s."eventId"),
       per AS (SELECT entity, count(*)::int AS n, count(*) FILTER (WHERE at <= before)::int AS inversions FROM seen GROUP BY entity)
       SELECT count(*)::int AS entities, min(n)::int AS fewest, max(n)::int AS most, sum(inversions)::int AS inversions FROM per`,
    );

    const by = await seenBy();
    const [redelivered] = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "ProviderEvent" WHERE "providerEventId" LIKE $1 AND deliveries > 1`,
      `${prefix}%`,
    );
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    console.info(
      `[scale-out] ${TOTAL} events (${TOTAL / 2} AMQP, ${TOTAL / 2} webhooks), 2 workers, 2 listeners: all stored after ` +
        `${seconds(allStoredAt - startedAt)} s, all processed after ${seconds(doneAt - startedAt)} s ` +
        `(${Math.round(TOTAL / ((doneAt - startedAt) / 1000))} events/s); worker SIGKILLed at ${seconds(kill!.at - startedAt)} s ` +
        `after it had handled ${kill!.seenByVictim} (all: ${kill!.seenTotal}; ${kill!.storedOfRound} of round ${KILL_ROUND}'s 1000 AMQP messages stored when it was killed), ` +
        `restarted and ready ${seconds(kill!.restartedIn ?? NaN)} s later; handled per worker: ` +
        `${JSON.stringify({ killed: by.get(victim.child.pid!) ?? 0, other: by.get(survivor.child.pid!) ?? 0, restarted: by.get(restarted!.child.pid!) ?? 0 })}; ` +
        `redelivered: ${redelivered!.n}; order: ${JSON.stringify(order)}; progress (s:handled): ${progress.join(" ")}; CPU s: ${JSON.stringify(cpu)}; rounds (ms, AMQP published and stored / webhooks answered): ${amqpRounds.join(" ")} / ${webhookRounds.join(" ")}`,
    );
    expect(order).toEqual({ entities: ENTITIES * 2, fewest: ROUNDS, most: ROUNDS, inversions: 0 });
    // Every process took part: the killed worker before its death, the restarted one after.
    expect(by.get(victim.child.pid!) ?? 0).toBeGreaterThan(0);
    expect(by.get(survivor.child.pid!) ?? 0).toBeGreaterThan(0);
    expect([...by.keys()].sort()).toEqual([victim.child.pid, survivor.child.pid, restarted!.child.pid].sort());

    for (const p of [survivor, restarted!, ...listeners]) p.child.kill("SIGTERM");
    await Promise.all([survivor, restarted!, ...listeners].map((p) => p.exited));
  });
});
