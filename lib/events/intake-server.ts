import http from "node:http";

import type { Logger } from "pino";

import { clientIp } from "../client-ip";
import type { RawQueries } from "../db/pg-raw-queries";
import type { IntakeLimits } from "./intake-limits";
import { readNodeBody } from "./read-body";
import { createWebhookBatcher, MAX_BODY_BYTES, receiveDelivery, type IntakeContext } from "./receive-delivery";
import { createRejectionLog } from "./record-rejection";
import { INTAKE_PATHS, webhookSpecs, type HeaderReader, type IntakePath } from "./webhook-specs";
import type { WebhookSecrets } from "./webhook-secrets";

type Db = IntakeContext["db"] & RawQueries & { $queryRaw(query: TemplateStringsArray): Promise<unknown> };

export type IntakeServerOptions = {
  db: Db;
  /** Runs the batch INSERTs; `db` when not given. intake/main.ts passes pgRawQueries over `db`'s pool (no Prisma compile per batch). */
  ingestDb?: RawQueries;
  secrets: WebhookSecrets;
  trustedProxyHops: number;
  logger: Logger;
  /** The rejection log's allowance per sender and sample size (intake-limits.ts). */
  limits: IntakeLimits;
};
export type IntakeServer = {
  server: http.Server;
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting, lets every delivery in flight reach its commit and its answer, then closes the sockets. */
  close(graceMs?: number): Promise<void>;
};

/**
 * The intake listener: the machine-facing event paths on plain node:http, without
 * Next.js's own per-request work (bench: ~0.85 ms CPU per delivery against ~0.07 ms here). Everything a delivery goes through is
 * receive-delivery.ts, exactly as in the Next.js route handlers; this file only turns
 * node's request into raw bytes + headers and the reply back into a response.
 */
export function createIntakeServer(options: IntakeServerOptions): IntakeServer {
  const specs = webhookSpecs(options.secrets);
  const ctx: IntakeContext = {
    db: options.db,
    rejections: createRejectionLog(options.limits),
    batcher: createWebhookBatcher(options.ingestDb ?? options.db),
    logger: options.logger,
  };
  let inFlight = 0;

  const server = http.createServer((req, res) => {
    inFlight += 1;
    res.once("close", () => (inFlight -= 1));
    handle(req, res).catch((err: unknown) => {
      // Nothing expected gets here (storage and rejection-recording failures are a 503 in the core): a 500, as Next.js answers.
      options.logger.error({ err, path: req.url }, "intake request failed");
      if (!res.headersSent) reply(res, 500, { error: "Internal error." });
      else res.destroy();
    });
  });
  // A sender that trickles its body must not hold a socket forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const path = (req.url ?? "/").split("?")[0]!;
    if (path === "/health") {
      if (req.method !== "GET" && req.method !== "HEAD") return reply(res, 405, { error: "Method not allowed." }, { allow: "GET" });
      const database = await options.db.$queryRaw`SELECT 1`.then(
        () => "ok",
        () => "unreachable",
      );
      return reply(res, database === "ok" ? 200 : 503, { status: database === "ok" ? "ok" : "degraded", database });
    }
    if (!isIntakePath(path)) return reply(res, 404, { error: "Not found." });
    if (req.method !== "POST") return reply(res, 405, { error: "Method not allowed." }, { allow: "POST" });

    const headers = headerReader(req.headers);
    const body = await readNodeBody(req, MAX_BODY_BYTES);
    const answer = await receiveDelivery(ctx, specs[path], { ...body, headers, ip: clientIp(headers, options.trustedProxyHops) });
    if (body.tooLarge) {
      // The rest of the body is never read: answer, then drop the connection rather than drain it.
      res.once("finish", () => req.destroy());
      return reply(res, answer.status, answer.body, { ...answer.headers, connection: "close" });
    }
    reply(res, answer.status, answer.body, answer.headers);
  }

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve((server.address() as { port: number }).port);
        });
      }),
    async close(graceMs = 10_000) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive sockets go now; busy ones once their delivery is committed and answered.
      const deadline = Date.now() + graceMs;
      while (inFlight > 0 && Date.now() < deadline) {
        server.closeIdleConnections();
        await new Promise((r) => setTimeout(r, 20));
      }
      server.closeAllConnections();
      await closed;
    },
  };
}

function isIntakePath(path: string): path is IntakePath {
  return (INTAKE_PATHS as readonly string[]).includes(path);
}

/** Like the Fetch API's Headers.get: case-insensitive, repeated headers joined with ", ". */
function headerReader(headers: http.IncomingHttpHeaders): HeaderReader {
  return {
    get(name) {
      const value = headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

function reply(res: http.ServerResponse, status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const json = JSON.stringify(body);
  res.writeHead(status, { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(json) });
  res.end(json);
}
