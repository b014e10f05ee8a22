import { createHmac } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { INDIVIDUAL, auth, buildApp } from "./test-helpers";

const KEY = "c2FuZGJveC13aXNlYWxwaGEtd2ViaG9vay1rZXk=";
let server: Server;
const received: { body: Buffer; signature: string }[] = [];
let h: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req
      .on("data", (c: Buffer) => chunks.push(c))
      .on("end", () => {
        received.push({ body: Buffer.concat(chunks), signature: String(req.headers["x-wisealpha-signature"]) });
        res.end(JSON.stringify({ valid: true }));
      });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
  h = await buildApp({ SANDBOX_WA_WEBHOOK_URLS: url, SANDBOX_WA_WEBHOOK_KEY: KEY, SANDBOX_WA_WEBHOOK_RETRY_MS: "5" });
});
afterAll(async () => {
  await h.close();
  await new Promise((r) => server.close(r));
});

const control = (url: string, payload: object = {}) => h.app.inject({ method: "POST", url: `/wisealpha/__sandbox${url}`, payload });
const events = (qs = "", key = auth()) => h.app.inject({ method: "GET", url: `/wisealpha/v1/events/${qs}`, headers: key });

describe("events and webhooks end to end", () => {
  it("a control emits an account event that is in /events/ and arrives signed at the webhook", async () => {
    const created = await h.app.inject({
      method: "POST",
      url: "/wisealpha/v1/customers/",
      headers: auth(),
      payload: { email: "hook@example.com" },
    });
    const id = created.json().customer_id;
    const res = await control(`/customers/${id}/aml`, { result: "pass" });
    expect(res.json()).toMatchObject({ event_type: "account.aml-check-passed", aml_check: "Auto Check Passed" });
    for (let i = 0; i < 200 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 5));

    const [{ body, signature }] = received as [{ body: Buffer; signature: string }];
    const calculated = createHmac("sha256", Buffer.from(KEY, "base64")).update(body).digest("base64");
    expect(signature).toBe(calculated);
    const delivered = JSON.parse(body.toString());
    expect(delivered).toMatchObject({ id: res.json().event_id, event_type: "account.aml-check-passed", customer_id: id });
    expect(delivered.data.user_profile.validation.aml_check).toEqual({ status: "Auto Check Passed", passed: true });
    const feed = (await events()).json();
    expect(feed.results.at(-1)).toEqual(delivered);
  });

  it("pages the feed with offset/limit, oldest first", async () => {
    for (const result of ["pass", "fail", "pass"]) {
      const c = await h.app.inject({
        method: "POST",
        url: "/wisealpha/v1/customers/",
        headers: auth(),
        payload: { email: `page-${result}-${Math.random()}@example.com` },
      });
      await control(`/customers/${c.json().customer_id}/aml`, { result });
    }
    const all = (await events()).json();
    expect(all.count).toBe(4);
    const page = (await events("?limit=2&offset=2")).json();
    expect(page.results.map((e: { id: string }) => e.id)).toEqual(all.results.slice(2, 4).map((e: { id: string }) => e.id));
    expect(page.next).toBeNull();
    expect(page.previous).toBe("http://localhost/wisealpha/v1/events/?limit=2");
    expect((await events("?limit=2")).json().next).toBe("http://localhost/wisealpha/v1/events/?limit=2&offset=2");
    expect((await events("?event_type=account.aml-check-failed")).json().count).toBe(1);
    // The individual key only sees its own customer's events.
    expect((await events("", auth(INDIVIDUAL))).json().count).toBe(0);
  });
});

describe("persistence and determinism", () => {
  it("state survives a restart; the same seed generates the same data", async () => {
    const a = await buildApp();
    await a.app.inject({ method: "POST", url: "/wisealpha/v1/customers/", headers: auth(), payload: { email: "persist@example.com" } });
    await a.close(false);
    const b = await buildApp({}, { dataDir: a.dataDir });
    const list = (await b.app.inject({ method: "GET", url: "/wisealpha/v1/customers/?limit=1&offset=40", headers: auth() })).json();
    expect(list.results[0]).toMatchObject({ customer_id: "10000041", email: "persist@example.com" });
    await b.close(true);

    const c = await buildApp();
    const d = await buildApp();
    await c.sandbox.close();
    await d.sandbox.close();
    const [fc, fd] = await Promise.all([readFile(`${c.dataDir}/wisealpha.json`, "utf8"), readFile(`${d.dataDir}/wisealpha.json`, "utf8")]);
    expect(fc).toBe(fd);
    await c.close();
    await d.close();
  });

  it("scenario controls are not mounted when SANDBOX_CONTROLS is false", async () => {
    const off = await buildApp({ SANDBOX_CONTROLS: "false" });
    const res = await off.app.inject({ method: "POST", url: "/wisealpha/__sandbox/customers/10000002/aml", payload: { result: "pass" } });
    expect([res.statusCode, res.json()]).toEqual([404, { detail: "Not found." }]);
    await off.close();
  });
});
