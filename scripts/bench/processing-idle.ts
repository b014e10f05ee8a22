import { connectPg } from "./pg-client";

/**
 * Waits (at most `timeoutMs`) until the worker has processed every stored event. The
 * stack's worker handles each ingested event, so right after one ingest phase it is still
 * working through that phase's 20,000 events; the next phase would share the two cores
 * with that backlog and its figure would depend on the order of the phases. Events
 * stored *during* a phase are still processed during it, as in production.
 */
export async function waitForProcessingIdle(
  databaseUrl: string,
  timeoutMs = 180_000,
): Promise<{ pendingBefore: number; pendingAfter: number; seconds: number }> {
  const client = await connectPg(databaseUrl);
  try {
    const pending = async () =>
      (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ProviderEvent" WHERE "status" = 'PENDING'`)).rows[0]!.n;
    const started = performance.now();
    const pendingBefore = await pending();
    let pendingAfter = pendingBefore;
    while (pendingAfter > 0 && performance.now() - started < timeoutMs) {
      await new Promise((r) => setTimeout(r, 250));
      pendingAfter = await pending();
    }
    return { pendingBefore, pendingAfter, seconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}
