import http from "node:http";

import { signBase64Hmac } from "../../lib/events/signatures";
import { wiseAlphaBody } from "./payloads";
import { connectPg } from "./pg-client";

export type WebhookResult = {
  sent: number;
  acknowledged: number;
  otherStatuses: Record<string, number>;
  seconds: number;
  perSecond: number;
  rowsInDb: number;
};

/**
 * Signed WiseAlpha webhook POSTs with at most `concurrency` in flight over keep-alive
 * sockets (node:http with an Agent: undici is not a dependency here, and autocannon
 * is not installed). Only 200s count, and only as "stored and acknowledged" once the
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
}): Promise<WebhookResult> {
  const key = Buffer.from(options.keyBase64, "base64");
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const url = new URL("/api/webhooks/wisealpha", options.baseUrl);
  // Bodies and signatures are made before the clock starts: a real provider signs on its own
  // machines, and here the sender shares the two cores with the server it measures.
  const signed = (id: string, i: number) => {
    const body = Buffer.from(wiseAlphaBody(id, i));
    return { body, signature: signBase64Hmac(key, body) };
  };

  // Untimed warm-up: the first requests load the route's code and open the pool's connections.
  await runBounded(200, options.concurrency, (i) => {
    const { body, signature } = signed(`bench-warm-${options.tag}-${options.runId}-${i}`, i);
    return send(agent, url, body, signature);
  });

  const prefix = `bench-wh-${options.tag}-${options.runId}-`;
  const deliveries = Array.from({ length: options.count }, (_, i) => signed(`${prefix}${i}`, i));
  const statuses = new Map<string, number>();
  const started = performance.now();
  await runBounded(options.count, options.concurrency, async (i) => {
    const { body, signature } = deliveries[i]!;
    const status = await send(agent, url, body, signature).catch((error: Error) => `error: ${error.message}`);
    statuses.set(String(status), (statuses.get(String(status)) ?? 0) + 1);
  });
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();

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
  };
}

/** Runs task(0..count-1) with at most `concurrency` running; each worker takes the next index. */
export async function runBounded(count: number, concurrency: number, task: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

function send(agent: http.Agent, url: URL, body: Buffer, signature: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": body.length, "x-wisealpha-signature": signature },
      },
      (response) => {
        // Drain the body so the socket goes back to the pool.
        response.resume();
        response.once("end", () => resolve(response.statusCode ?? 0));
        response.once("error", reject);
      },
    );
    request.setTimeout(30_000, () => request.destroy(new Error("timeout")));
    request.once("error", reject);
    request.end(body);
  });
}
