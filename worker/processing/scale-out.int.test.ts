import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";

import { connect } from "amqplib";
import { afterAll, describe, expect, it } from "vitest";

import { signBase64Hmac } from "../../lib/events/signatures";
import { declare, publish } from "../intake/amqp-test-support";
import { reachable, runId, testDb, waitFor } from "../intake/test-support";

/**
 * #19 done-when 2: two worker processes (competing AMQP consumers, claim loops) and two intake
 * listeners take 20,000 events, half InvestSuite divest updates over AMQP, half WiseAlpha account
 * events as signed webhooks, while one worker is SIGKILLed and restarted: none lost, none processed
 * twice, and every entity's events handled in provider order. The handlers record what they saw:
 * each divest update opens a request with a REQUESTED transition naming its event, each account
 * event a case entry naming its event, both with increasing ids, so the rows' id order per
 * portfolio and per customer is the order processing reached them.
 */
const db = testDb();
const children: ChildProcess[] = [];
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  for (const undo of cleanups.reverse()) await undo().catch(() => undefined);
  await db.$disconnect();
});

const AMQP_URL = process.env.AMQP_URL ?? "amqp://guest:guest@127.0.0.1:5672";
const WEBHOOK_KEY = Buffer.from("scale-out-test-webhook-key-32-bytes!").toString("base64");
const ROUNDS = 10;
const ENTITIES = 1_000;
const TOTAL = ROUNDS * ENTITIES * 2;
const ACCOUNT_TYPES = ["account.aml-check-passed", "account.identity-documents-verified", "account.investor-type-approved"];

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

function spawnProcess(name: string, entry: string, env: Record<string, string>, readyLine: string) {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    env: { ...process.env, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (output.length < 200_000) output += chunk.toString();
      if (output.includes(readyLine)) resolve();
    });
    child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(`[${name} ${child.pid}] ${chunk.toString()}`));
    child.once("exit", (code, signal) =>
      reject(new Error(`${name} exited (${code ?? signal}) before it was ready:\n${output.slice(-4000)}`)),
    );
  });
  return { child, ready };
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((r) => child.once("exit", () => r()));

// Minutes of work at today's rates on a shared 2-core machine: run on its own with SCALE_OUT_TEST=1.
describe.skipIf(!process.env.SCALE_OUT_TEST)("two workers and two intake listeners, one worker SIGKILLed", () => {
  it("loses nothing, processes nothing twice and keeps every entity's provider order", { timeout: 1_200_000 }, async (ctx) => {
    if (!(await reachable(5672))) return ctx.skip();
    const run = runId();
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
    // Other suites leave due events in the shared test database; only ours are to be processed.
    await db.providerEvent.updateMany({ where: { status: { in: ["PENDING", "FAILED"] } }, data: { status: "UNHANDLED" } });

    const workerEnv = {
      EVENT_TRANSPORT: "amqp",
      AMQP_URL,
      AMQP_EXCHANGE: exchange,
      AMQP_QUEUE: queue,
      EVENT_CONCURRENCY: "2",
      EVENT_BATCH_SIZE: "100",
      WISEALPHA_POLL_INTERVAL_MS: "0",
      WITHDRAWAL_RECONCILE_INTERVAL_MS: "0",
      ONBOARDING_SYNC_INTERVAL_MS: "0",
      ORDER_BOOK_RECONCILE_INTERVAL_MS: "0",
      CUSTOMER_SYNC_INTERVAL_MS: "0",
      SEARCH_SYNC_INTERVAL_MS: "0",
      INVESTSUITE_BASE_URL: "http://127.0.0.1:9/investsuite",
    };
    const startWorker = (name: string) => spawnProcess(name, path.join("worker", "main.ts"), workerEnv, '"msg":"amqp consumer ready"');
    const ports = [await freePort(), await freePort()];
    const listeners = ports.map((port, i) =>
      spawnProcess(
        `intake-${i}`,
        path.join("intake", "main.ts"),
        { INTAKE_PORT: String(port), WISEALPHA_WEBHOOK_KEY: WEBHOOK_KEY },
        '"msg":"intake listening"',
      ),
    );
    let workers = [startWorker("worker-a"), startWorker("worker-b")];
    await Promise.all([...listeners, ...workers].map((p) => p.ready));

    const base = Date.parse("2026-12-07T08:00:00Z");
    const created = (round: number) => new Date(base + round * 1_000).toISOString();
    const key = Buffer.from(WEBHOOK_KEY, "base64");
    const stored = (round: number) => db.providerEvent.count({ where: { providerEventId: { startsWith: `so-${run}-r${round}-` } } });
    const processed = () => db.providerEvent.count({ where: { providerEventId: { startsWith: `so-${run}-` }, status: "PROCESSED" } });

    let killedAt: number | null = null;
    for (let round = 0; round < ROUNDS; round++) {
      // InvestSuite over AMQP: one divest update per portfolio, a new amount each round (supersedes the request).
      await publish(
        channel,
        exchange,
        Array.from({ length: ENTITIES }, (_, e) => {
          const id = `so-${run}-r${round}-p${e}`;
          return {
            id,
            body: `{"id":"${id}","created":"${created(round)}","version":"1.0.0","subject":"portfolios","action":"divest-amount-update","data":{"id":"P-so-${run}-${e}","divest_amount":${100 + round},"currency":"EUR"}}`,
          };
        }),
      );
      // WiseAlpha as signed webhooks, spread over both listeners, 32 in flight.
      const bodies = Array.from({ length: ENTITIES }, (_, e) => {
        const id = `so-${run}-r${round}-c${e}`;
        return `{"id":"${id}","created":"${created(round)}","event_type":"${ACCOUNT_TYPES[round % ACCOUNT_TYPES.length]}","customer_id":"C-so-${run}-${e}","data":{}}`;
      });
      let next = 0;
      await Promise.all(
        Array.from({ length: 32 }, async () => {
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
      );
      // The provider sends an entity's next event once this one is out: stored before the next round.
      await waitFor(
        `round ${round} stored`,
        () => stored(round),
        (n) => n === ENTITIES * 2,
        120_000,
        50,
      );

      if (killedAt === null && round >= 2) {
        // Killed while it works: once processing has visibly started, whatever the machine's rate.
        await waitFor("processing under way", processed, (n) => n >= 500, 300_000, 20);
        workers[0]!.child.kill("SIGKILL");
        killedAt = Date.now();
        await exited(workers[0]!.child);
        workers = [startWorker("worker-a2"), workers[1]!];
        await workers[0]!.ready;
      }
    }
    await waitFor("every event processed", processed, (n) => n === TOTAL, 900_000, 250);

    const events = await db.providerEvent.findMany({
      where: { providerEventId: { startsWith: `so-${run}-` } },
      select: { id: true, status: true, deliveries: true },
    });
    expect(events).toHaveLength(TOTAL);
    expect(events.filter((e) => e.status !== "PROCESSED")).toEqual([]);
    const ids = events.map((e) => e.id);

    // Nothing twice: one REQUESTED transition per divest update, one timeline entry per account event.
    const [once] = await db.$queryRaw<{ requested: number; requestedEvents: number; entries: number; entryEvents: number }[]>`
      SELECT (SELECT count(*)::int FROM "WithdrawalTransition" WHERE "eventId" = ANY(${ids}) AND "toState" = 'REQUESTED') AS requested,
             (SELECT count(DISTINCT "eventId")::int FROM "WithdrawalTransition" WHERE "eventId" = ANY(${ids}) AND "toState" = 'REQUESTED') AS "requestedEvents",
             (SELECT count(*)::int FROM "OnboardingCaseEntry" WHERE "eventId" = ANY(${ids}) AND kind = 'PROVIDER_EVENT') AS entries,
             (SELECT count(DISTINCT "eventId")::int FROM "OnboardingCaseEntry" WHERE "eventId" = ANY(${ids}) AND kind = 'PROVIDER_EVENT') AS "entryEvents"`;
    expect(once).toEqual({ requested: TOTAL / 2, requestedEvents: TOTAL / 2, entries: TOTAL / 2, entryEvents: TOTAL / 2 });

    // Provider order per entity: along the rows' ids, the events' provider times never go back.
    const [order] = await db.$queryRaw<
      { portfolios: number; portfolioInversions: number; customers: number; customerInversions: number }[]
    >`
      WITH req AS (
        SELECT e."portfolioRef" AS entity, e."providerCreatedAt" AS at,
               lag(e."providerCreatedAt") OVER (PARTITION BY e."portfolioRef" ORDER BY t.id) AS before
          FROM "WithdrawalTransition" t JOIN "ProviderEvent" e ON e.id = t."eventId"
         WHERE t."eventId" = ANY(${ids}) AND t."toState" = 'REQUESTED'),
      ent AS (
        SELECT e."customerRef" AS entity, e."providerCreatedAt" AS at,
               lag(e."providerCreatedAt") OVER (PARTITION BY e."customerRef" ORDER BY n.id) AS before
          FROM "OnboardingCaseEntry" n JOIN "ProviderEvent" e ON e.id = n."eventId"
         WHERE n."eventId" = ANY(${ids}) AND n.kind = 'PROVIDER_EVENT')
      SELECT (SELECT count(DISTINCT entity)::int FROM req) AS portfolios,
             (SELECT count(*)::int FROM req WHERE at < before) AS "portfolioInversions",
             (SELECT count(DISTINCT entity)::int FROM ent) AS customers,
             (SELECT count(*)::int FROM ent WHERE at < before) AS "customerInversions"`;
    console.info(
      `[scale-out] ${TOTAL} events (${TOTAL / 2} AMQP, ${TOTAL / 2} webhooks) over 2 workers and 2 listeners; worker SIGKILLed ` +
        `${killedAt ? "mid-run and restarted" : "never"}; redelivered: ${events.filter((e) => e.deliveries > 1).length}; order: ${JSON.stringify(order)}`,
    );
    expect(killedAt).not.toBeNull();
    expect(order).toEqual({ portfolios: ENTITIES, portfolioInversions: 0, customers: ENTITIES, customerInversions: 0 });

    for (const { child } of [...workers, ...listeners]) child.kill("SIGTERM");
    await Promise.all([...workers, ...listeners].map(({ child }) => exited(child)));
  });
});
