import { signBase64Hmac } from "../../lib/events/signatures";
import { wiseAlphaBody } from "./payloads";
import { connectPg } from "./pg-client";
import { machineBusyMs, treeCpuMs } from "./proc-cpu";
import { prebuiltPost, rawConnection } from "./raw-http";

export type WebhookResult = {
  sent: number;
  acknowledged: number;
  otherStatuses: Record<string, number>;
  seconds: number;
  perSecond: number;
  rowsInDb: number;
  /** CPU (user + system) of the server's process tree per acknowledged delivery, ms; NaN when unknown. */
  serverCpuMs: number;
  /** Cores busy on the whole machine during the timed loop (sender, server, PostgreSQL, neighbours). */
  busyCores: number;
};

/**
 * Signed WiseAlpha webhook POSTs with at most `concurrency` in flight, one per keep-alive
 * connection (raw-http.ts: node:http's client cost as much CPU as the server measured,
 * on the same two cores). Only 200s count, and only as "stored and acknowledged" once the
 * database holds exactly that many of this run's rows.
 */
export async function measureWebhooks(options: {
  baseUrl: string;
  /** Keeps this target's event ids apart from another target's in the same run. */
  tag: string;
  databaseUrl: string;
  keyBase64: string;
  count: number;
  concurrency: number;
  runId: string;
  /** The server's process (e.g. the intake listener's tsx), to report its CPU per delivery. */
  serverPid?: number | null;
}): Promise<WebhookResult> {
  const key = Buffer.from(options.keyBase64, "base64");
  const url = new URL("/api/webhooks/wisealpha", options.baseUrl);
  // Requests (body, signature, headers) are made before the clock starts: a real provider
  // signs on its own machines, and here the sender shares the two cores with the server.
  const request = (id: string, i: number) => {
    const body = Buffer.from(wiseAlphaBody(id, i));
    return prebuiltPost(url, { "content-type": "application/json", "x-wisealpha-signature": signBase64Hmac(key, body) }, body);
  };
  const connections = Array.from({ length: Math.min(options.concurrency, options.count) }, () => rawConnection(url));
  /** Sends requests(0..count-1), each connection taking the next one as soon as it has its answer. */
  const sendAll = async (count: number, requestAt: (i: number) => Buffer, onStatus: (status: string) => void) => {
    let next = 0;
    await Promise.all(
      connections.map(async (connection) => {
        while (next < count) {
          const status = await connection.send(requestAt(next++)).catch((error: Error) => `error: ${error.message}`);
          onStatus(String(status));
        }
      }),
    );
  };

  // Untimed warm-up: the first requests load the route's code and open the pool's connections.
  await sendAll(
    200,
    (i) => request(`bench-warm-${options.tag}-${options.runId}-${i}`, i),
    () => undefined,
  );

  const prefix = `bench-wh-${options.tag}-${options.runId}-`;
  const requests = Array.from({ length: options.count }, (_, i) => request(`${prefix}${i}`, i));
  const statuses = new Map<string, number>();
  const serverCpu = () => (options.serverPid ? treeCpuMs(options.serverPid) : Number.NaN);
  const [cpuBefore, busyBefore] = [serverCpu(), machineBusyMs()];
  const started = performance.now();
  await sendAll(
    options.count,
    (i) => requests[i]!,
    (status) => statuses.set(status, (statuses.get(status) ?? 0) + 1),
  );
  const seconds = (performance.now() - started) / 1000;
  const [cpuAfter, busyAfter] = [serverCpu(), machineBusyMs()];
  for (const connection of connections) connection.close();

  const acknowledged = statuses.get("200") ?? 0;
  statuses.delete("200");
  const client = await connectPg(options.databaseUrl);
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ProviderEvent" WHERE "provider" = 'WISEALPHA' AND "providerEventId" LIKE $1`,
    [`${prefix}%`],
  );
  await client.end();
  return {
    sent: options.count,
    acknowledged,
    otherStatuses: Object.fromEntries(statuses),
    seconds,
    perSecond: acknowledged / seconds,
    rowsInDb: rows[0]!.n,
    serverCpuMs: (cpuAfter - cpuBefore) / acknowledged,
    busyCores: (busyAfter - busyBefore) / 1000 / seconds,
  };
}
