import pg from "pg";

import type { Logger } from "./types";

/**
 * Who does a piece of work that must run in one worker only, however many run on the database
 * (the WiseAlpha poller: two pollers would both call /events/ and race for the cursor). A
 * session-level advisory lock on a connection of its own, not one from the pool: the lock lives
 * exactly as long as that connection, so PostgreSQL hands it to the next instance when the holder
 * stops, crashes or is SIGKILLed (its socket closes), with no lease to expire or row to clean up.
 * A pg-boss schedule cannot do this job: its cron ticks are whole minutes, the poller's every 5 s.
 *
 * A holder that vanishes without closing its socket (power loss, a network partition) would keep
 * the lock until the server notices the dead peer, after the OS's keepalive default of 2 hours;
 * the session's own keepalive settings below make that about 30 s.
 */
export type SingletonLock = {
  /**
   * True when this process holds the lock now: taken on this call, or still held on a connection
   * that answers. False when another instance holds it. Throws when the database is unreachable.
   */
  acquire(): Promise<boolean>;
  /** Gives the lock up (closing its connection), so a standby takes over at once. */
  release(): Promise<void>;
};

/** Seconds: first probe after 10 s idle, then every 5 s, dead after 3 unanswered (~25 s). */
const KEEPALIVE = "SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3";

export function singletonLock({
  connectionString,
  name,
  logger,
  connectTimeoutMs = 5_000,
}: {
  connectionString: string;
  /** What is single; the lock key is hashed from it (`hashtextextended`, 64 bits). */
  name: string;
  logger: Logger;
  connectTimeoutMs?: number;
}): SingletonLock {
  const log = logger.child({ component: "singleton-lock", lock: name });
  let client: pg.Client | null = null;
  let held = false;

  /** Forgets the connection (and with it the lock, which PostgreSQL drops when the session ends). */
  const drop = (c: pg.Client) => {
    if (client !== c) return;
    if (held) log.warn("singleton lock lost with its connection");
    client = null;
    held = false;
    c.end().catch(() => undefined);
  };

  async function connection(): Promise<pg.Client> {
    if (client) return client;
    const c = new pg.Client({ connectionString, connectionTimeoutMillis: connectTimeoutMs, keepAlive: true });
    // An idle client whose server went away emits "error": without a listener that would crash the worker.
    c.on("error", (err) => {
      log.warn({ err }, "singleton lock connection failed");
      drop(c);
    });
    c.on("end", () => drop(c));
    try {
      await c.connect();
    } catch (err) {
      c.end().catch(() => undefined);
      throw err;
    }
    // Best effort: a server that refuses these (a pooler in front, the embedded database) still gives the lock.
    await c.query(KEEPALIVE).catch((err: unknown) => log.debug({ err }, "keepalive settings not applied"));
    client = c;
    return c;
  }

  return {
    async acquire() {
      const c = await connection();
      try {
        if (held) {
          // A session lock ends only with its session: a connection that still answers still holds it.
          await c.query("SELECT 1");
          return true;
        }
        const { rows } = await c.query<{ ok: boolean }>("SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok", [name]);
        held = rows[0]?.ok === true;
        if (held) log.info("singleton lock taken: this worker runs it");
        return held;
      } catch (err) {
        drop(c);
        throw err;
      }
    },
    async release() {
      const c = client;
      if (!c) return;
      client = null;
      held = false;
      await c.end().catch(() => undefined);
    },
  };
}
