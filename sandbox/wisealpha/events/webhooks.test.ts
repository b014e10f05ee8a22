import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { resetFaults, setFaults } from "../../lib/faults";
import { faultConfigSchema } from "../../lib/faults";
import type { WaEvent } from "../store/types";
import { MAX_ATTEMPTS, createWebhookDispatcher, shuffle } from "./webhooks";

const KEY = "c2FuZGJveC13aXNlYWxwaGEtd2ViaG9vay1rZXk=";

/** The seed's receiver, line for line: key_bytes = b64decode(KEY); b64(hmac_sha256(key_bytes, body)). */
function seedVerify(body: Buffer, signature: string): boolean {
  const keyBytes = Buffer.from(KEY, "base64");
  const calculated = createHmac("sha256", keyBytes).update(body).digest("base64");
  return signature === calculated;
}

type Received = { body: Buffer; signature: string };
let server: Server;
let url: string;
let received: Received[];
let statuses: number[];

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve(Buffer.concat(chunks)));
  });

beforeEach(async () => {
  received = [];
  statuses = [];
  server = createServer(async (req, res) => {
    received.push({ body: await readBody(req), signature: String(req.headers["x-wisealpha-signature"] ?? "") });
    res.statusCode = statuses.shift() ?? 200;
    res.end("{}");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
});
afterEach(async () => {
  resetFaults();
  await new Promise((r) => server.close(r));
});

const event = (n: number): WaEvent => ({
  id: `EVENT${String(n).padStart(8, "0")}`,
  created: "2026-11-23T12:00:00.000000Z",
  event_type: "account.aml-check-passed",
  customer_id: "10000001",
  data: { n },
});
const waitFor = async (predicate: () => boolean, ms = 3000) => {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > ms) throw new Error("timed out waiting for webhooks");
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe("webhook delivery", () => {
  it("signs the raw body so the seed's verification code accepts it, and one changed byte fails", async () => {
    const dispatcher = createWebhookDispatcher({ urls: [url], keyBase64: KEY, baseDelayMs: 5 });
    dispatcher.enqueue(event(1));
    await waitFor(() => received.length === 1);
    const [{ body, signature }] = received as [Received];
    expect(JSON.parse(body.toString()).id).toBe("EVENT00000001");
    expect(seedVerify(body, signature)).toBe(true);
    const tampered = Buffer.from(body);
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 2) ^ 0x01, tampered.length - 2);
    expect(seedVerify(tampered, signature)).toBe(false);
    // Signing with the base64 text instead of the decoded key would not verify.
    expect(createHmac("sha256", KEY).update(body).digest("base64")).not.toBe(signature);
    dispatcher.close();
  });

  it("retries failures with growing delays and stops after a success", async () => {
    statuses = [500, 503];
    const dispatcher = createWebhookDispatcher({ urls: [url], keyBase64: KEY, baseDelayMs: 20 });
    const started = Date.now();
    dispatcher.enqueue(event(2));
    await waitFor(() => received.length === 3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(20 + 40 - 5);
    await new Promise((r) => setTimeout(r, 150));
    expect(received).toHaveLength(3);
    expect(dispatcher.deliveries().map((d) => [d.attempt, d.status])).toEqual([
      [1, 500],
      [2, 503],
      [3, 200],
    ]);
    dispatcher.close();
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts`, async () => {
    statuses = Array(10).fill(500);
    const dispatcher = createWebhookDispatcher({ urls: [url], keyBase64: KEY, baseDelayMs: 2 });
    dispatcher.enqueue(event(3));
    await waitFor(() => received.length === 5);
    await new Promise((r) => setTimeout(r, 100));
    expect(received).toHaveLength(5);
    dispatcher.close();
  });

  it("duplicateRate 1 delivers every event twice", async () => {
    setFaults("wisealpha", faultConfigSchema.parse({ duplicateRate: 1 }));
    const dispatcher = createWebhookDispatcher({ urls: [url], keyBase64: KEY, baseDelayMs: 5 });
    dispatcher.enqueue(event(4));
    await waitFor(() => received.length === 2);
    expect(received.map((r) => JSON.parse(r.body.toString()).id)).toEqual(["EVENT00000004", "EVENT00000004"]);
    dispatcher.close();
  });

  it("outOfOrder holds events for a short window, then sends them shuffled", async () => {
    setFaults("wisealpha", faultConfigSchema.parse({ outOfOrder: true }));
    const dispatcher = createWebhookDispatcher({ urls: [url], keyBase64: KEY, baseDelayMs: 5, random: () => 0 });
    [5, 6, 7].forEach((n) => dispatcher.enqueue(event(n)));
    await new Promise((r) => setTimeout(r, 100));
    expect(received).toHaveLength(0); // still inside the 200 ms window
    await waitFor(() => dispatcher.deliveries().length === 3);
    expect(new Set(dispatcher.deliveries().map((d) => d.event_id))).toEqual(new Set(["EVENT00000005", "EVENT00000006", "EVENT00000007"]));
    dispatcher.close();
  });

  it("shuffle with random() = 0 rotates 1,2,3 into 2,3,1", () => {
    expect(shuffle([1, 2, 3], () => 0)).toEqual([2, 3, 1]);
  });
});
