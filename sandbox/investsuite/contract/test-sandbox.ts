import { createServer as createHttpServer, type IncomingMessage } from "node:http";

import { SMALL_DATA, startTestSandbox } from "../../test-sandbox";

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
  const receiver = await startEventReceiver();
  const sandbox = await startTestSandbox("is-contract-", {
    SANDBOX_HOST: "127.0.0.1",
    SANDBOX_CONTROLS: "true",
    ...SMALL_DATA,
    SANDBOX_EVENT_TRANSPORT: "http",
    SANDBOX_EVENT_HTTP_URL: receiver.url,
    SANDBOX_IS_EVENT_RETRY_BASE_MS: "10",
    ...overrides,
  });
  return {
    url: sandbox.url,
    baseUrl: `${sandbox.url}/investsuite`,
    events: receiver.received,
    control: sandbox.control,
    async close() {
      await sandbox.close();
      await receiver.close();
    },
  };
}
