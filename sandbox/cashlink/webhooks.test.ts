import { afterEach, describe, expect, it } from "vitest";

import { resetFaults, setFaults, faultConfigSchema } from "../lib/faults";
import { startCashlink, startReceiver, waitFor, type TestCashlink } from "./test-helpers";

type Event = { investment_id: string; status: string; changed_at: string };

describe("Cashlink status webhooks", () => {
  let cl: TestCashlink | undefined;
  let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
  afterEach(async () => {
    resetFaults();
    await cl?.close();
    await receiver?.close();
  });

  /** A seeded investment waiting for issuer acceptance (the seed cycles through every status). */
  async function waitingInvestment() {
    const list = (await cl!.call("GET", "/v2/investments/?status=WAITING_FOR_ACCEPTANCE")).json();
    return list.results[0].id as string;
  }
  const advance = (id: string, status?: string) =>
    cl!.app.inject({ method: "POST", url: `/cashlink/__sandbox/investments/${id}/advance`, payload: status ? { status } : {} });

  it("POSTs {investment_id, status, changed_at} with the bearer token on every status change", async () => {
    receiver = await startReceiver();
    cl = await startCashlink({ SANDBOX_CL_WEBHOOK_URL: receiver.url, SANDBOX_CL_WEBHOOK_TOKEN: "our-server-token" });
    const id = await waitingInvestment();
    const advanced = await advance(id);
    expect(advanced.json()).toMatchObject({ previous_status: "WAITING_FOR_ACCEPTANCE", investment: { status: "ACCEPTED" } });
    await advance(id, "PAYMENT_MISSING");
    await waitFor(() => receiver!.received.length === 2);
    const events = receiver.received.map((r) => r.body as Event);
    expect(events.map((e) => e.status)).toEqual(["ACCEPTED", "PAYMENT_MISSING"]);
    expect(events[0]).toEqual({ investment_id: id, status: "ACCEPTED", changed_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(receiver.received[0]?.headers.authorization).toBe("Bearer our-server-token");
  });

  it("retries with growing delays until the receiver answers 2xx", async () => {
    receiver = await startReceiver((attempt) => (attempt <= 3 ? 503 : 200));
    cl = await startCashlink({ SANDBOX_CL_WEBHOOK_URL: receiver.url, SANDBOX_CL_WEBHOOK_RETRY_MS: "5" });
    await advance(await waitingInvestment());
    await waitFor(() => receiver!.received.length === 1);
    expect(receiver.attempts()).toBe(4);
  });

  it("gives up after 5 retries without blocking the API", async () => {
    receiver = await startReceiver(() => 500);
    cl = await startCashlink({ SANDBOX_CL_WEBHOOK_URL: receiver.url, SANDBOX_CL_WEBHOOK_RETRY_MS: "2" });
    const started = Date.now();
    await advance(await waitingInvestment());
    expect(Date.now() - started).toBeLessThan(200);
    await waitFor(() => receiver!.attempts() === 6);
    await new Promise((r) => setTimeout(r, 100));
    expect(receiver.attempts()).toBe(6);
  });

  it("delivers twice under duplicateRate 1 and still delivers everything when outOfOrder", async () => {
    receiver = await startReceiver();
    cl = await startCashlink({ SANDBOX_CL_WEBHOOK_URL: receiver.url });
    setFaults("cashlink", faultConfigSchema.parse({ duplicateRate: 1, outOfOrder: true }));
    const id = await waitingInvestment();
    await advance(id);
    await advance(id, "PAYMENT_MISSING");
    await waitFor(() => receiver!.received.length === 4);
    const statuses = receiver.received.map((r) => (r.body as Event).status).sort();
    expect(statuses).toEqual(["ACCEPTED", "ACCEPTED", "PAYMENT_MISSING", "PAYMENT_MISSING"]);
  });

  it("keeps controls usable under API faults and hides them when SANDBOX_CONTROLS=false", async () => {
    cl = await startCashlink();
    const token = await cl.token();
    setFaults("cashlink", faultConfigSchema.parse({ errorRate: 1 }));
    expect((await cl.call("GET", "/v2/investments/", { token })).statusCode).toBe(503);
    expect((await cl.app.inject({ method: "GET", url: "/cashlink/__sandbox/summary" })).statusCode).toBe(200);
    resetFaults();
    await cl.close();
    cl = await startCashlink({ SANDBOX_CONTROLS: "false" });
    expect((await cl.app.inject({ method: "GET", url: "/cashlink/__sandbox/summary" })).statusCode).toBe(404);
  });
});
