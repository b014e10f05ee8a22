import { mkdtemp, rm } from "node:fs/promises";
import { createServer as createHttpServer, type IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";

import { startSandbox } from "../../main";
import { freePort } from "../../../scripts/lib/ports";

/** The sandbox's demo login (sandbox/investsuite/README.md). */
export const DEMO_LOGIN = { username: "backoffice@bank.example", password: "sandbox-password" } as const;

/** Receives the sandbox's outbound event pushes, so delivery never retries against a dead URL. */
async function startEventReceiver() {
  const received: { headers: IncomingMessage["headers"]; body: string }[] = [];
  const server = createHttpServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no TCP address");
  return {
    url: `http://127.0.0.1:${address.port}/investsuite-events`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type ContractSandbox = Awaited<ReturnType<typeof startContractSandbox>>;

/**
 * The whole sandbox (main.ts) on a free port with small generated data and a temp data dir.
 * `baseUrl` is InvestSuite's mount point; `control` calls the /__sandbox scenario and fault endpoints.
 */
export async function startContractSandbox(overrides: Record<string, string> = {}) {
  const dataDir = await mkdtemp(path.join(tmpdir(), "is-contract-"));
  const receiver = await startEventReceiver();
  const sandbox = await startSandbox({
    SANDBOX_PORT: String(await freePort()),
    SANDBOX_HOST: "127.0.0.1",
    SANDBOX_DATA_DIR: dataDir,
    SANDBOX_CONTROLS: "true",
    SANDBOX_IS_USERS: "20",
    SANDBOX_IS_PORTFOLIOS: "40",
    SANDBOX_WA_CUSTOMERS: "20",
    SANDBOX_WA_PRODUCTS: "5",
    SANDBOX_CL_INVITATIONS: "10",
    SANDBOX_EVENT_TRANSPORT: "http",
    SANDBOX_EVENT_HTTP_URL: receiver.url,
    SANDBOX_IS_EVENT_RETRY_BASE_MS: "10",
    ...overrides,
  });
  const control = async (method: "GET" | "PUT" | "POST" | "DELETE", controlPath: string, body?: unknown) => {
    const response = await fetch(`${sandbox.url}${controlPath}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${controlPath}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as unknown;
  };
  return {
    url: sandbox.url,
    baseUrl: `${sandbox.url}/investsuite`,
    events: receiver.received,
    control,
    async close() {
      await sandbox.close();
      await receiver.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
