import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterEach, describe, expect, it } from "vitest";

import { setFaults, resetFaults } from "../lib/faults";
import { faultConfigSchema } from "../lib/faults";
import { transportFromEnv } from "./event-transports";
import { createEventBus } from "./events-outbound";
import { generateState } from "./generate-data";
import { memoryTransport } from "./test-support";
import { sandboxEnvSchema } from "../lib/context";
import { startTestSandbox, type TestSandbox } from "./test-support";

const SECRET = "test-receiver-secret-0123456789";

type Received = { headers: IncomingHttpHeaders; raw: string };

/** A local event receiver; `failFirst` requests get a 500 before it starts accepting. */
async function startReceiver(failFirst = 0) {
  const received: Received[] = [];
  let calls = 0;
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      calls++;
      if (calls <= failFirst) return res.writeHead(500).end();
      received.push({ headers: req.headers, raw });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/intake`;
  return { url, received, calls: () => calls, close: () => new Promise<void>((r) => server.close(() => r())) };
}

let sb: TestSandbox | undefined;
let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
afterEach(async () => {
  resetFaults();
  await sb?.close();
  await receiver?.close();
  sb = undefined;
  receiver = undefined;
});

async function start(failFirst = 0) {
  receiver = await startReceiver(failFirst);
  const env = { SANDBOX_EVENT_HTTP_URL: receiver.url, SANDBOX_EVENT_HTTP_SECRET: SECRET, SANDBOX_IS_EVENT_RETRY_BASE_MS: "20" };
  const transport = transportFromEnv(sandboxEnvSchema.parse(env));
  sb = await startTestSandbox(env, { transport });
  return { sb, receiver };
}

/** A live robo real-money portfolio with instruments and no pending withdrawal. */
function investedPortfolio(s: TestSandbox) {
  return Object.values(s.state.portfolios).find(
    (p) =>
      p.money_type === "REAL_MONEY" &&
      p.status === "ACTIVE" &&
      p.config.manager !== "USER_MANAGED" &&
      !p.config.manager_settings.divest_amount &&
      Object.keys(p.portfolio).length > 2,
  )!;
}

describe("outbound events over HTTP", () => {
  it("POSTs the seed envelope with the event id header and a verifiable signature", async () => {
    const { sb, receiver } = await start();
    const p = investedPortfolio(sb);
    const res = await sb.app.inject({
      method: "POST",
      url: `/investsuite/__sandbox/portfolios/${p.id}/request-withdrawal`,
      payload: { amount: 500 },
    });
    expect(res.statusCode).toBe(200);
    await sb.sandbox.runtime.bus.idle();
    // The divest update comes first; a cash-available event may follow when the cash already covers 500.
    const [{ headers, raw }] = receiver.received as [Received];
    const expectedSignature = createHmac("sha256", Buffer.from(SECRET, "utf8")).update(raw).digest("base64");
    expect(headers["x-investsuite-signature"]).toBe(expectedSignature);
    const event = JSON.parse(raw);
    expect(headers["x-investsuite-event-id"]).toBe(event.id);
    expect(Object.keys(event)).toEqual(["id", "created", "version", "subject", "action", "data"]);
    expect(event).toMatchObject({ version: "1.0.0", subject: "portfolios", action: "divest-amount-update" });
    expect(event.data).toMatchObject({
      id: p.id,
      external_id: p.external_id,
      divest_amount: 500,
      currency: p.base_currency,
      owned_by_user_id: p.owned_by_user_id,
    });
    expect(raw).toContain('"divest_amount":500,');
  });

  it("walks the withdrawal flow: full request, cash freed, cash-available, middleware reset", async () => {
    const { sb, receiver } = await start();
    const p = investedPortfolio(sb);
    await sb.app.inject({
      method: "POST",
      url: `/investsuite/__sandbox/portfolios/${p.id}/request-withdrawal`,
      payload: { amount: "full" },
    });
    const freed = await sb.app.inject({ method: "POST", url: `/investsuite/__sandbox/portfolios/${p.id}/free-cash` });
    expect(Object.keys(freed.json().portfolio)).toEqual([`$${p.base_currency}`]);
    await sb.api("PATCH", `/portfolios/${p.id}/`, { config: { manager_settings: { divest_amount: 0 } } });
    await sb.sandbox.runtime.bus.idle();
    const names = receiver.received.map((r) => JSON.parse(r.raw)).map((e) => `${e.subject}.${e.action}`);
    expect(names).toEqual([
      "portfolios.divest-amount-update",
      "optimizations.status-update",
      "portfolios.cash-available-for-withdrawal",
      "portfolios.divest-amount-update",
      "optimizations.status-update",
    ]);
    expect(receiver.received[0]!.raw).toContain('"divest_amount":1e+100');
    expect(receiver.received[3]!.raw).toContain('"divest_amount":0');
    const listed = await sb.app.inject({ method: "GET", url: "/investsuite/__sandbox/events?since=1" });
    expect(listed.json().events.map((e: { seq: number }) => e.seq)).toEqual([2, 3, 4, 5]);
  });

  it("retries a failing receiver with growing delays until it accepts", async () => {
    const { sb, receiver } = await start(3);
    await sb.api("POST", "/portfolios/", {
      name: "x",
      owned_by_user_id: "U01F5WYKRRXZHXT9S6FF1JZNJVZ",
      base_currency: "EUR",
      money_type: "PAPER_MONEY",
      config: { manager: "USER_MANAGED", manager_version: 1, manager_settings: {} },
    });
    const started = Date.now();
    await sb.sandbox.runtime.bus.idle();
    expect(receiver.calls()).toBe(4);
    expect(receiver.received).toHaveLength(1);
    // 20 + 40 + 80 ms of back-off before the fourth attempt.
    expect(Date.now() - started).toBeGreaterThanOrEqual(130);
    expect(sb.state.events.at(-1)!.delivery).toBe("delivered");
  });

  it("gives up after 5 retries and marks the event failed", async () => {
    const { sb, receiver } = await start(100);
    await sb.app.inject({ method: "POST", url: "/investsuite/__sandbox/assessments", payload: { profile_id: "N01", value: "ACCEPTED" } });
    await sb.sandbox.runtime.bus.idle();
    expect(receiver.calls()).toBe(6);
    expect(sb.state.events.at(-1)!.delivery).toBe("failed");
  });

  it("delivers duplicates with the same id when the duplicateRate fault is set", async () => {
    const { sb, receiver } = await start();
    setFaults("investsuite", faultConfigSchema.parse({ duplicateRate: 1 }));
    await sb.app.inject({
      method: "POST",
      url: "/investsuite/__sandbox/assessments",
      payload: { profile_id: "N01", value: "IN_PROGRESS" },
    });
    await sb.sandbox.runtime.bus.idle();
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[0]!.headers["x-investsuite-event-id"]).toBe(receiver.received[1]!.headers["x-investsuite-event-id"]);
  });
});

describe("event bus faults", () => {
  it("shuffles delivery within a window when outOfOrder is set, and keeps order otherwise", async () => {
    const run = async (outOfOrder: boolean) => {
      setFaults("investsuite", faultConfigSchema.parse({ outOfOrder }));
      const memory = memoryTransport();
      // random() = 0 makes every shuffle swap with the first slot: a fixed, non-identity permutation.
      const bus = createEventBus({
        state: generateState(1, 5, 5),
        markDirty: () => undefined,
        transport: memory.transport,
        retryBaseMs: 1,
        random: () => 0,
      });
      for (let i = 1; i <= 5; i++) bus.emit("portfolios", "status-update", { n: i });
      await bus.idle();
      await bus.close();
      return memory.parsed().map((e) => e.data.n);
    };
    expect(await run(false)).toEqual([1, 2, 3, 4, 5]);
    const shuffled = await run(true);
    expect(shuffled).not.toEqual([1, 2, 3, 4, 5]);
    expect([...shuffled].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
