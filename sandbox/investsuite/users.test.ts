import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { faultConfigSchema, resetFaults, setFaults } from "../lib/faults";
import { startTestSandbox, type TestSandbox } from "./test-support";

let sb: TestSandbox;
beforeEach(async () => {
  sb = await startTestSandbox();
});
afterEach(async () => {
  resetFaults();
  await sb.close();
});

describe("users", () => {
  it("creates a user from an empty body with the documented default status", async () => {
    const res = await sb.api("POST", "/users/", {});
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: "WAITING_FOR_VERIFICATION", external_id: null, version: 1, deleted: false, products: [] });
    expect(res.json().id).toMatch(/^U[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it("requires email and phone for create_idp_user and validates the phone pattern", async () => {
    const missing = await sb.api("POST", "/users/?create_idp_user=true", { email: "jane.doe@example.org" });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().detail[0].loc).toEqual(["body", "phone"]);
    const badPhone = await sb.api("POST", "/users/", { phone: "0470123456" });
    expect(badPhone.json().detail[0].type).toBe("value_error.str.regex");
    const ok = await sb.api("POST", "/users/?create_idp_user=true", {
      email: "jane.doe@example.org",
      phone: "+32470123456",
      external_id: "cust-1",
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().idp_user_id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await sb.api("POST", "/users/", { external_id: "cust-1" })).statusCode).toBe(409);
  });

  it("patches with a new version, keeps email write-once, and lists with the query", async () => {
    const created = (await sb.api("POST", "/users/", { email: "jane.doe@example.org", first_name: "Jane" })).json();
    const patched = await sb.api("PATCH", `/users/${created.id}/`, { status: "ACTIVE", last_name: "Doe" });
    expect(patched.json()).toMatchObject({ status: "ACTIVE", last_name: "Doe", first_name: "Jane", version: 2 });
    const email = await sb.api("PATCH", `/users/${created.id}/`, { email: "other@example.org" });
    expect(email.statusCode).toBe(422);
    const listed = await sb.api("GET", `/users/?query=${encodeURIComponent("email eq 'jane*'")}`);
    expect(listed.json().count).toBe(1);
    expect(listed.json().results[0].id).toBe(created.id);
    expect((await sb.api("GET", `/users/${created.id}`)).json().version).toBe(2);
  });
});

describe("fault injection", () => {
  it("answers API calls with the configured error while the controls keep working", async () => {
    setFaults("investsuite", faultConfigSchema.parse({ errorRate: 1, errorStatus: 503 }));
    const res = await sb.api("GET", "/users/");
    expect(res.statusCode).toBe(503);
    const control = await sb.app.inject({ method: "GET", url: "/investsuite/__sandbox/events" });
    expect(control.statusCode).toBe(200);
    expect(control.json()).toEqual({ last_seq: 0, events: [] });
  });
});
