import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

import { injectedSandbox } from "../test-app";
import { createSandbox } from "./sandbox";

/** Test-only: a Cashlink sandbox on an injected Fastify app with a temp data dir and small data. */
export async function startCashlink(overrides: Record<string, string> = {}) {
  const { app, sandbox, env, dataDir } = await injectedSandbox(
    createSandbox,
    {
      SANDBOX_CL_INVITATIONS: "20",
      SANDBOX_CL_WEBHOOK_URL: "http://127.0.0.1:9/unreachable",
      SANDBOX_CL_WEBHOOK_RETRY_MS: "5",
      ...overrides,
    },
    { dataDir: overrides.SANDBOX_DATA_DIR, tmpPrefix: "cashlink-sandbox-" },
  );

  async function token(scope?: string) {
    const form = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: env.SANDBOX_CL_CLIENT_ID,
      client_secret: env.SANDBOX_CL_CLIENT_SECRET,
    });
    if (scope) form.set("scope", scope);
    const response = await app.inject({
      method: "POST",
      url: "/cashlink/oauth/token",
      payload: form.toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    if (response.statusCode !== 200) throw new Error(`token: ${response.statusCode} ${response.body}`);
    return (response.json() as { access_token: string }).access_token;
  }

  let defaultToken: string | undefined;
  /** Calls the API with a full-scope token unless `token` is given. */
  async function call(method: "GET" | "POST" | "PATCH", url: string, options: { body?: unknown; key?: string; token?: string } = {}) {
    const bearer = options.token ?? (defaultToken ??= await token());
    return app.inject({
      method,
      url: `/cashlink${url}`,
      headers: { authorization: `Bearer ${bearer}`, ...(options.key ? { "x-idempotency-key": options.key } : {}) },
      ...(options.body !== undefined ? { payload: options.body as object } : {}),
    });
  }

  return {
    app,
    env,
    dataDir,
    token,
    call,
    async close() {
      await app.close();
      await sandbox.close();
    },
  };
}

export type TestCashlink = Awaited<ReturnType<typeof startCashlink>>;

/** Creates an investor through the API; `kyc` adds identification + tax info so wallets are allowed. */
export async function createInvestor(cl: TestCashlink, options: { kyc?: boolean; wallet?: boolean } = {}) {
  const created = await cl.call("POST", "/v2/investors/", {
    body: {
      natural_person: { salutation: "MS", forename: "Erika", surname: "Mustermann", birth_date: "1980-01-01", is_subject_to_us_tax: false },
      ...(options.kyc ? { tax_information: { tax_identification_number: "12345678901", non_assessment_certificate: false } } : {}),
    },
  });
  const id = (created.json() as { id: string }).id;
  if (options.kyc) {
    await cl.call("POST", `/v2/investors/${id}/identifications/`, {
      body: { document_type: "IDCARD", document_id: "L01X00T47", identity_provider: "POSTIDENT", verified_at: "2022-03-01T10:00:00Z" },
    });
  }
  let walletId: string | undefined;
  if (options.wallet) {
    const address = `0x${Array.from({ length: 40 }, () => Math.floor(Math.random() * 16).toString(16)).join("")}`;
    walletId = (
      (await cl.call("POST", `/v2/investors/${id}/wallets/eth-generic/`, { body: { address, receiving_enabled: true } })).json() as {
        id: string;
      }
    ).id;
  }
  return { id, walletId };
}

/** A local HTTP receiver for webhooks; `respond` decides each status code. */
export async function startReceiver(respond: (count: number) => number = () => 200) {
  const received: { body: unknown; headers: IncomingMessage["headers"] }[] = [];
  let attempts = 0;
  const server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    request.on("end", () => {
      const status = respond(++attempts);
      if (status < 300) received.push({ body: JSON.parse(raw) as unknown, headers: request.headers });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/cashlink`,
    received,
    attempts: () => attempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls until `check` passes or the time runs out (webhooks are delivered asynchronously). */
export async function waitFor(check: () => boolean, timeoutMs = 3_000) {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error("waitFor: timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const CAMPAIGN_ID = "3b0c8f5e-6a1d-4c2e-9f3a-5d7e2b1c4a60";
