import { afterEach, describe, expect, it } from "vitest";

import { createInvestor, startCashlink, type TestCashlink } from "./test-helpers";

const ADDRESS = "0x52908400098527886E0F7030069857D2E4169EE7";

describe("Cashlink investors and wallets", () => {
  let cl: TestCashlink;
  afterEach(async () => cl?.close());

  it("creates an investor and never returns the write-only is_beneficiary", async () => {
    cl = await startCashlink();
    const created = await cl.call("POST", "/v2/investors/", {
      body: { natural_person: { forename: "Max", surname: "Muster" }, is_beneficiary: true },
    });
    expect(created.statusCode).toBe(201);
    const fetched = (await cl.call("GET", `/v2/investors/${created.json().id}/`)).json();
    expect(fetched.natural_person).toMatchObject({ forename: "Max" });
    expect(fetched).not.toHaveProperty("is_beneficiary");
  });

  it("refuses US-taxable persons and missing names with field errors", async () => {
    cl = await startCashlink();
    const us = await cl.call("POST", "/v2/investors/", {
      body: { natural_person: { forename: "A", surname: "B", is_subject_to_us_tax: true } },
    });
    expect(us.statusCode).toBe(400);
    expect(us.json()).toHaveProperty(["natural_person.is_subject_to_us_tax"]);
    const nameless = await cl.call("POST", "/v2/investors/", { body: { natural_person: { forename: "A" } } });
    expect(nameless.json()).toEqual({ "natural_person.surname": ["This field is required."] });
  });

  it("refuses a wallet before KYC and tax info, naming both", async () => {
    cl = await startCashlink();
    const { id } = await createInvestor(cl);
    const response = await cl.call("POST", `/v2/investors/${id}/wallets/eth-generic/`, { body: { address: ADDRESS } });
    expect(response.statusCode).toBe(400);
    expect(response.json().non_field_errors[0]).toMatch(/identification.*tax_information/);
  });

  it("lists wallets as a plain array, binds an address to one investor and allows one managed wallet", async () => {
    cl = await startCashlink();
    const { id } = await createInvestor(cl, { kyc: true });
    expect((await cl.call("GET", `/v2/investors/${id}/wallets/`)).json()).toEqual([]);

    const generic = await cl.call("POST", `/v2/investors/${id}/wallets/eth-generic/`, {
      body: { address: ADDRESS, receiving_enabled: true },
    });
    expect(generic.statusCode).toBe(201);
    const managed = await cl.call("POST", `/v2/investors/${id}/wallets/eth-managed/`);
    expect(managed.statusCode).toBe(201);
    expect((await cl.call("POST", `/v2/investors/${id}/wallets/eth-managed/`)).statusCode).toBe(400);

    const other = await createInvestor(cl, { kyc: true });
    const shared = await cl.call("POST", `/v2/investors/${other.id}/wallets/eth-generic/`, { body: { address: ADDRESS.toLowerCase() } });
    expect(shared.statusCode).toBe(400);
    expect(shared.json()).toHaveProperty("address");

    const wallets = (await cl.call("GET", `/v2/investors/${id}/wallets/`)).json();
    expect(wallets.map((w: { type: string }) => w.type)).toEqual(["eth-generic", "eth-managed"]);
    expect(wallets[0]).toMatchObject({ id: generic.json().id, address: ADDRESS, receiving_enabled: true });
  });

  it("answers 404 in DRF shape for an unknown investor", async () => {
    cl = await startCashlink();
    const response = await cl.call("GET", "/v2/investors/00000000-0000-4000-8000-000000000000/wallets/");
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ detail: "Not found." });
  });

  it("refuses non-JSON bodies with 415 and broken JSON with 400, DRF-style", async () => {
    cl = await startCashlink();
    const authorization = `Bearer ${await cl.token()}`;
    const send = (type: string, payload: string) =>
      cl.app.inject({ method: "POST", url: "/cashlink/v2/investors/", headers: { authorization, "content-type": type }, payload });
    const text = await send("text/plain", "hello");
    expect(text.statusCode).toBe(415);
    expect(text.json()).toEqual({ detail: 'Unsupported media type "text/plain" in request.' });
    const broken = await send("application/json", "{broken");
    expect(broken.statusCode).toBe(400);
    expect(broken.json().detail).toMatch(/^JSON parse error/);
  });
});
