import { POST as investSuitePush } from "@/app/api/intake/investsuite/route";
import { POST as cashlinkWebhook } from "@/app/api/webhooks/cashlink/route";
import { POST as wiseAlphaWebhook } from "@/app/api/webhooks/wisealpha/route";
import pg from "pg";

import { getDb } from "@/lib/db";
import { pgRawQueries } from "@/lib/db/pg-raw-queries";
import { poolTimeouts } from "@/lib/db/pool-timeouts";
import { logger } from "@/lib/logger";

import { intakeLimitsFromEnv } from "@/lib/events/intake-limits";
import { createIntakeServer, type IntakeServer, type IntakeServerOptions } from "@/lib/events/intake-server";
import { webhookSecretsSchema } from "@/lib/events/webhook-secrets";
import type { IntakePath } from "@/lib/events/webhook-specs";

/** What a test sees of a reply, the same for both servers. */
export type IntakeReply = { status: number; headers: Headers; json(): Promise<unknown> };

/**
 * The two servers of the intake paths, behind one `post`, so intake-routes.int.test.ts
 * runs every case against both: the Next.js route handlers (called directly, as Next
 * would) and the intake listener (a real node:http server on a free port).
 */
export type IntakeTransport = {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  post(path: IntakePath, body: string | Buffer, headers: Record<string, string>): Promise<IntakeReply>;
};

const ROUTES: Record<IntakePath, (request: Request) => Promise<Response>> = {
  "/api/webhooks/wisealpha": wiseAlphaWebhook,
  "/api/webhooks/cashlink": cashlinkWebhook,
  "/api/intake/investsuite": investSuitePush,
};

export const nextRoutes: IntakeTransport = {
  name: "Next.js route handlers",
  start: async () => {},
  stop: async () => {},
  post: (path, body, headers) =>
    ROUTES[path](
      new Request(`http://localhost${path}`, {
        method: "POST",
        body: new Uint8Array(Buffer.from(body)),
        headers: { "content-type": "application/json", ...headers },
      }),
    ),
};

/**
 * A listener of its own (its own batcher) over the test database. By default wired as
 * intake/main.ts wires it (batch INSERTs on a pg pool through pgRawQueries); a `db` given
 * by a test, to watch or break storage, runs the INSERTs too.
 */
export function intakeListener(db?: IntakeServerOptions["db"]): IntakeTransport & { url(): string } {
  let server: IntakeServer | undefined;
  let pool: pg.Pool | undefined;
  let port = 0;
  return {
    name: "intake listener",
    async start() {
      pool = db ? undefined : new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2, ...poolTimeouts() });
      server = createIntakeServer({
        db: db ?? getDb(),
        ingestDb: pool ? pgRawQueries(pool) : undefined,
        secrets: webhookSecretsSchema.parse({}),
        trustedProxyHops: 1,
        limits: intakeLimitsFromEnv(),
        logger,
      });
      port = await server.listen(0, "127.0.0.1");
    },
    async stop() {
      await server?.close();
      await pool?.end();
      pool = undefined;
    },
    url: () => `http://127.0.0.1:${port}`,
    post: (path, body, headers) =>
      fetch(`http://127.0.0.1:${port}${path}`, {
        method: "POST",
        body: new Uint8Array(Buffer.from(body)),
        headers: { "content-type": "application/json", ...headers },
      }),
  };
}
