import type { Db, Tx } from "@/lib/db/create-client";

import { EventNotReadyError } from "./event-not-ready";
import { handleOne, handlerKey, type EventHandler, type HandledEvent, type HandlerRegistry, type SetHandler } from "./handlers";
import { DEFAULT_RETRY_POLICY, failureOf, type FailureRecord, type RetryPolicy } from "./process-event";

/**
 * The entity an event is about: its provider plus the first ref it carries, in this order. Prefixed
 * by the ref's kind so a portfolio and an order with the same id are two entities. Null (no ref):
 * the event is ordered against nothing. Must match the index in migration 20261207160000_event_entity_order.
 */
const ENTITY_KEY = (t: string) =>
  `COALESCE('p:' || ${t}."portfolioRef", 'o:' || ${t}."orderRef", 'a:' || ${t}."accountRef", 'c:' || ${t}."customerRef", 'i:' || ${t}."investmentRef", 'u:' || ${t}."userRef")`;
/**
 * Provider order: the provider's own time, then our id (receipt order) for events it stamped alike
 * (InvestSuite stamps seconds) or not at all (then our receipt time stands in). The provider's time
 * rather than our id because providers deliver out of order (#20): a divest update sent before a
 * cash notice but received after it still applies first. Same index as ENTITY_KEY.
 */
const ORDER_KEY = (t: string) => `COALESCE(${t}."providerCreatedAt", ${t}."receivedAt")`;
/**
 * An unfinished event holds back the later events of its entity, except one that failed because it
 * waits for a predecessor (EventNotReadyError): that predecessor is usually a *later* event of the
 * same entity (a cash notice stamped before the divest update it follows), which must be allowed to
 * run or the two would wait for each other until the notice is dead-lettered a day later.
 */
const HOLDS_BACK = (t: string) =>
  `(${t}.status = 'PENDING' OR ${t}."lastError" IS NULL OR ${t}."lastError" NOT LIKE '${EventNotReadyError.name}:%')`;
/** An earlier unfinished event of e's entity that holds e back (p and e name rows of ProviderEvent). */
const EARLIER_OPEN = (p: string, e: { provider: string; entity: string; key: string; id: string }) =>
  `${p}.status IN ('PENDING', 'FAILED') AND ${p}.provider = ${e.provider} AND ${ENTITY_KEY(p)} = ${e.entity}
   AND (${ORDER_KEY(p)}, ${p}.id) < (${e.key}, ${e.id}) AND ${HOLDS_BACK(p)}`;

/**
 * One statement: locks up to $1 due events in provider order (SKIP LOCKED: other loops and workers
 * take the next ones) and returns those that may run now, in that order. Two filters keep per-entity
 * order: (1) an event whose entity has an earlier unfinished event that is not due (backing off) is
 * not even locked, so a failing entity never fills the batch; (2) of the locked ones, an event whose
 * entity has an earlier unfinished event outside this batch (another loop holds it) is left for later.
 * Earlier events of the entity inside the batch run first, in order, in this transaction. Status is
 * read as committed, so an event of an entity another loop is working on waits until that loop has
 * committed: never two events of one entity at once.
 */
const CLAIM_SQL = `
WITH claimed AS MATERIALIZED (
  SELECT e.id, e.provider::text AS provider, e.type, e.payload, e.attempts, e."receivedAt",
         ${ENTITY_KEY("e")} AS entity, ${ORDER_KEY("e")} AS key
    FROM "ProviderEvent" e
   WHERE e.status IN ('PENDING', 'FAILED') AND (e."nextAttemptAt" IS NULL OR e."nextAttemptAt" <= GREATEST(now(), $2::timestamptz))
     AND NOT EXISTS (
       SELECT 1 FROM "ProviderEvent" p
        WHERE ${EARLIER_OPEN("p", { provider: "e.provider", entity: ENTITY_KEY("e"), key: ORDER_KEY("e"), id: "e.id" })}
          AND p."nextAttemptAt" > GREATEST(now(), $2::timestamptz))
   ORDER BY ${ORDER_KEY("e")}, e.id
   LIMIT $1
     FOR UPDATE OF e SKIP LOCKED
)
SELECT c.id, c.provider, c.type, c.payload, c.attempts, c."receivedAt", c.entity
  FROM claimed c
 WHERE c.entity IS NULL OR NOT EXISTS (
   SELECT 1 FROM "ProviderEvent" p
    WHERE ${EARLIER_OPEN("p", { provider: 'c.provider::"Provider"', entity: "c.entity", key: "c.key", id: "c.id" })}
      AND p.id NOT IN (SELECT id FROM claimed))
 ORDER BY c.key, c.id`;

type ClaimedEvent = HandledEvent & { attempts: number; receivedAt: Date; entity: string | null };

export type BatchOptions = {
  /** Events claimed at most per batch (one transaction). */
  limit?: number;
  /**
   * Handlers start only within this many ms of the batch's start; the rest of the batch stays
   * PENDING for the next claim. Bounds how long the batch holds its rows (and its events' latency)
   * on a loaded machine; far below the transaction timeout.
   */
  budgetMs?: number;
  /** The transaction's own timeout (a handler that hangs). */
  timeoutMs?: number;
  now?: () => Date;
};

export type BatchResult = {
  /** Events this batch could run (locked and not held back by an earlier event of their entity). */
  claimed: number;
  processed: number;
  unhandled: number;
  failed: number;
  dead: number;
  /** Claimed but left PENDING for the next batch (over budget, or behind a failed event of their entity). */
  deferred: number;
};

type Settled = { id: bigint; status: "PROCESSED" | "UNHANDLED"; attempts: number };

/**
 * Processes up to `limit` due events in one transaction: events without a handler are marked
 * UNHANDLED, the others run their handler in rounds that keep each entity's provider order (plan):
 * a set-based handler takes a round's events of its type in one call, a plain one each event under
 * its own savepoint, so a failing handler's changes are undone and its failure recorded (FAILED
 * with backoff, or DEAD, exactly as processEvent records it) while the rest of the batch commits.
 * The statuses of the batch are written by one UPDATE … FROM unnest at the end, in the same
 * transaction as the handlers' changes. Many batches (loops, workers) may run at once: see CLAIM_SQL.
 *
 * A transaction that breaks as a whole (a handler outlived the timeout, the connection dropped)
 * commits nothing; the failure is then recorded against the event whose handler was running, as
 * processEvent does, so one poison event cannot fail the same batch forever. The others run again.
 */
export async function processEventBatch(
  db: Db,
  handlers: HandlerRegistry,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  options: BatchOptions = {},
): Promise<BatchResult> {
  const { limit = 500, budgetMs = 2_000, timeoutMs = 60_000, now = () => new Date() } = options;
  const result: BatchResult = { claimed: 0, processed: 0, unhandled: 0, failed: 0, dead: 0, deferred: 0 };
  const current: { event: ClaimedEvent | null; set: bigint[] | null } = { event: null, set: null };
  try {
    await db.$transaction(
      async (tx) => {
        const claimed = await claimDueEvents(tx, limit, now());
        result.claimed = claimed.length;
        if (claimed.length === 0) return;
        const started = performance.now();
        const settled: Settled[] = [];
        /** Entities with an event left unfinished in this batch → that event's position: their later events wait too. */
        const heldFrom = new Map<string, number>();
        const hold = (item: Planned) => {
          if (item.entity !== null && !heldFrom.has(item.entity)) heldFrom.set(item.entity, item.index);
        };
        const { rounds, unhandled } = plan(claimed, handlers);

        /** One event under its own savepoint, its failure recorded: the path of plain handlers, and of a failed set's events. */
        const runOne = async (item: Planned) => {
          const { event } = item;
          const attempts = event.attempts + 1;
          current.event = event;
          // Raw savepoints: Prisma has no nested transactions on an interactive one. Never released: a
          // round trip per event saved (each query costs this process far more than the database), and
          // ROLLBACK TO names the newest savepoint of that name, this event's; the commit ends them all.
          await tx.$executeRawUnsafe(`SAVEPOINT event`);
          try {
            await handleOne(item.handler, tx, event);
            settled.push({ id: event.id, status: "PROCESSED", attempts });
          } catch (error) {
            // If this fails too, the transaction is broken: the outer catch records the failure.
            await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT event`);
            const failure = failureOf(error, { attempts, receivedAt: event.receivedAt }, policy, now());
            // Written now, not with the batch's statuses: a later handler of this batch may wake this
            // event (applyDivestAmount's wakeWaitingCashNotices sets nextAttemptAt), and the batch's
            // final UPDATE would overwrite that with the backoff. Failures are the rare path.
            await recordFailure(tx, event.id, failure);
            if (failure.status === "DEAD") result.dead += 1;
            else {
              result.failed += 1;
              if (!(error instanceof EventNotReadyError)) hold(item);
            }
          }
          current.event = null;
        };

        /**
         * A set-based handler's events in one call, under one savepoint. If it throws, the set is
         * undone and its events run one by one (runOne), which finds and records the failing one.
         */
        const runSet = async (handler: SetHandler, items: Planned[]) => {
          current.set = items.map((i) => i.event.id);
          await tx.$executeRawUnsafe(`SAVEPOINT event_set`);
          try {
            await handler.many(
              tx,
              items.map((i) => i.event),
            );
            for (const { event } of items) settled.push({ id: event.id, status: "PROCESSED", attempts: event.attempts + 1 });
            current.set = null;
            return;
          } catch {
            await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT event_set`);
            current.set = null;
          }
          for (const item of items) await runOne(item);
        };

        for (const round of rounds) {
          for (const [handler, group] of groupByHandler(round)) {
            const items = group.filter((item) => {
              const held = item.entity !== null && heldFrom.has(item.entity);
              if (held) result.deferred += 1;
              return !held;
            });
            if (items.length === 0) continue;
            if (performance.now() - started > budgetMs) {
              for (const item of items) hold(item);
              result.deferred += items.length;
              continue;
            }
            if (typeof handler !== "function" && items.length > 1 && !items.some((i) => ONE_BY_ONE.has(i.event.id)))
              await runSet(handler, items);
            else for (const item of items) await runOne(item);
          }
        }
        // Events without a handler change nothing but their status; one behind an unfinished event of its entity waits with it.
        for (const { event, index, entity } of unhandled) {
          if (entity !== null && (heldFrom.get(entity) ?? Infinity) < index) result.deferred += 1;
          else settled.push({ id: event.id, status: "UNHANDLED", attempts: event.attempts + 1 });
        }
        await settle(tx, settled, now());
        for (const { status } of settled) result[status === "PROCESSED" ? "processed" : "unhandled"] += 1;
      },
      { timeout: timeoutMs },
    );
  } catch (error) {
    if (current.set) {
      // The transaction broke inside a set (a timeout, a dropped connection): nothing committed and no
      // single event is to blame yet. Its events run one by one next time, so the culprit is found.
      for (const id of current.set) rememberOneByOne(id);
      throw error;
    }
    const event = current.event;
    if (!event) throw error; // nothing ran that could be to blame (database down): the events stay due
    const failure = failureOf(error, { attempts: event.attempts + 1, receivedAt: event.receivedAt }, policy, now());
    // Guarded by the attempts we read: another loop may have taken the event since our transaction ended.
    await db.$executeRawUnsafe(
      `UPDATE "ProviderEvent" SET status = $2::"EventStatus", attempts = $3, "lastError" = $4, "nextAttemptAt" = $5::timestamptz AT TIME ZONE 'UTC'
        WHERE id = $1::bigint AND attempts = $6 AND status IN ('PENDING', 'FAILED')`,
      event.id.toString(),
      failure.status,
      failure.attempts,
      failure.lastError,
      failure.nextAttemptAt?.toISOString() ?? null,
      event.attempts,
    );
    return { ...result, processed: 0, unhandled: 0, failed: failure.status === "FAILED" ? 1 : 0, dead: failure.status === "DEAD" ? 1 : 0 };
  }
  return result;
}

/** A claimed event, where it stands in the batch (provider order), its entity and its handler. */
type Planned = { event: ClaimedEvent; index: number; entity: string | null; handler: EventHandler | SetHandler };

/**
 * Per-entity order with set-based handlers: the k-th handled event of each entity goes to round k,
 * rounds run in order, so an entity's events apply in provider order and a round holds at most one
 * event per entity: a set-based handler may apply a round's events of its type in one statement.
 * Events of different entities are independent (other loops and workers run them in parallel too).
 */
function plan(claimed: ClaimedEvent[], handlers: HandlerRegistry) {
  const rounds: Planned[][] = [];
  const unhandled: Omit<Planned, "handler">[] = [];
  const seen = new Map<string, number>();
  claimed.forEach((event, index) => {
    const entity = event.entity === null ? null : `${event.provider} ${event.entity}`;
    const handler = handlers[handlerKey(event.provider, event.type)];
    if (!handler) {
      unhandled.push({ event, index, entity });
      return;
    }
    const k = entity === null ? 0 : (seen.get(entity) ?? 0);
    if (entity !== null) seen.set(entity, k + 1);
    (rounds[k] ??= []).push({ event, index, entity, handler });
  });
  return { rounds, unhandled };
}

/** A round's events by handler (one set per set-based handler), in the order each handler first appears. */
function groupByHandler(round: Planned[]): Map<EventHandler | SetHandler, Planned[]> {
  const groups = new Map<EventHandler | SetHandler, Planned[]>();
  for (const item of round) {
    const group = groups.get(item.handler);
    if (group) group.push(item);
    else groups.set(item.handler, [item]);
  }
  return groups;
}

/** Events of a set whose transaction broke: run one by one at their next claim in this process (bounded). */
const ONE_BY_ONE = new Set<bigint>();
function rememberOneByOne(id: bigint) {
  if (ONE_BY_ONE.size >= 10_000) ONE_BY_ONE.clear();
  ONE_BY_ONE.add(id);
}

async function claimDueEvents(tx: Tx, limit: number, at: Date): Promise<ClaimedEvent[]> {
  const rows = await tx.$queryRawUnsafe<(Omit<ClaimedEvent, "id"> & { id: bigint | string })[]>(CLAIM_SQL, limit, at.toISOString());
  return rows.map((row) => ({ ...row, id: BigInt(row.id) }));
}

async function recordFailure(tx: Tx, id: bigint, failure: FailureRecord) {
  await tx.$executeRawUnsafe(
    `UPDATE "ProviderEvent" SET status = $2::"EventStatus", attempts = $3, "lastError" = $4, "nextAttemptAt" = $5::timestamptz AT TIME ZONE 'UTC'
      WHERE id = $1::bigint`,
    id.toString(),
    failure.status,
    failure.attempts,
    failure.lastError,
    failure.nextAttemptAt?.toISOString() ?? null,
  );
}

/** The batch's PROCESSED and UNHANDLED statuses in one statement. */
async function settle(tx: Tx, settled: Settled[], at: Date) {
  if (settled.length === 0) return;
  await tx.$executeRawUnsafe(
    `UPDATE "ProviderEvent" e
        SET status = u.status::"EventStatus", attempts = u.attempts, "processedAt" = $4::timestamptz AT TIME ZONE 'UTC',
            "lastError" = NULL, "nextAttemptAt" = NULL
       FROM unnest($1::bigint[], $2::text[], $3::int[]) AS u(id, status, attempts)
      WHERE e.id = u.id`,
    settled.map(({ id }) => id.toString()),
    settled.map(({ status }) => status),
    settled.map(({ attempts }) => attempts),
    at.toISOString(),
  );
}
