import { describe, expect, it } from "vitest";

import { forSuite } from "../../scripts/test-support/for-suite";
import { SAMPLES, SEED_INVESTOR_TYPE_CHANGE, auth, buildApp, INDIVIDUAL } from "./test-helpers";

const h = forSuite(buildApp);

const call = (method: "GET" | "POST" | "PUT" | "PATCH", url: string, payload?: unknown, headers: Record<string, string> = auth()) =>
  h.app.inject({ method, url: `/wisealpha/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

async function createCustomer(email: string) {
  const res = await call("POST", "/customers/", { email, first_name: "FirstName", last_name: "LastName" });
  expect(res.statusCode).toBe(201);
  return res.json().customer_id as string;
}

describe("authentication", () => {
  it("401 without credentials, with a bad header, and with an unknown key", async () => {
    expect((await call("GET", "/customers/", undefined, {})).json()).toEqual({ detail: "Authentication credentials were not provided." });
    const bad = await call("GET", "/customers/", undefined, { authorization: "Bearer abc" });
    expect([bad.statusCode, bad.json()]).toEqual([401, { detail: "Invalid token header. No credentials provided." }]);
    const unknown = await call("GET", "/products/", undefined, { authorization: "Token not-a-key" });
    expect([unknown.statusCode, unknown.json(), unknown.headers["www-authenticate"]]).toEqual([401, { detail: "Invalid token." }, "Token"]);
  });

  it("403 for an individual account on list/create and on other customers; me works", async () => {
    const forbidden = { detail: "You do not have permission to perform this action." };
    for (const res of [
      await call("GET", "/customers/", undefined, auth(INDIVIDUAL)),
      await call("POST", "/customers/", { email: "x@example.com" }, auth(INDIVIDUAL)),
      await call("GET", "/customers/10000001/", undefined, auth(INDIVIDUAL)),
    ]) {
      expect([res.statusCode, res.json()]).toEqual([403, forbidden]);
    }
    const me = await call("GET", "/customers/me/", undefined, auth(INDIVIDUAL));
    expect([me.statusCode, me.json().customer_id]).toEqual([200, "10000000"]);
    // The super account cannot reach the individual account's profile either.
    expect((await call("GET", "/customers/10000000/")).statusCode).toBe(403);
    expect((await call("GET", "/customers/99999999/")).statusCode).toBe(404);
  });
});

describe("customers", () => {
  it("lists the generated customers with DRF offset pagination", async () => {
    const res = (await call("GET", "/customers/?offset=5&limit=5")).json();
    expect(res.count).toBe(40);
    expect(res.results.map((c: { customer_id: string }) => c.customer_id)).toEqual([
      "10000006",
      "10000007",
      "10000008",
      "10000009",
      "10000010",
    ]);
    expect(res.next).toBe("http://localhost/wisealpha/v1/customers/?offset=10&limit=5");
    expect(res.previous).toBe("http://localhost/wisealpha/v1/customers/?limit=5");
  });

  it("creates a customer (201) and refuses a duplicate email with the seed's error", async () => {
    const res = await call("POST", "/customers/", { email: "user1@example.com", first_name: "FirstName", last_name: "LastName" });
    expect(res.statusCode).toBe(201);
    expect(res.json().validation).toMatchObject({
      status: "onboarding",
      next_actions: ["provide-missing-fields", "select-investor-type"],
      aml_check: { status: "No Check Performed", passed: false },
    });
    const dup = await call("POST", "/customers/", { email: "USER1@example.com" });
    expect([dup.statusCode, dup.json()]).toEqual([400, { email: ["Customer with this Email already exists."] }]);
    expect((await call("POST", "/customers/", { first_name: "x" })).json()).toEqual({ email: ["This field is required."] });
  });

  it("runs the seed's onboarding script: PUT, PATCH, investor type, signup questionnaire", async () => {
    const id = await createCustomer("onboard@example.com");
    const put = await call("PUT", `/customers/${id}/`, {
      customer_id: id,
      email: "onboard@example.com",
      first_name: "FirstName",
      last_name: "LastName",
      contact_number: "07777777777",
      nationality: "GB",
      date_of_birth: "2000-01-01",
      date_joined: "2017-11-23T11:17:05.488037Z",
      address: { house_number: "1", address1: "Some Street.", address3: "London", post_code: "N1 1XX", from_date: "2016-01-01" },
      tax_residencies: [{ country: "gb", tax_identification_number: "QQ123456C" }],
      previous_addresses: [],
      bank_details: { GBP: { account_name: "FirstName LastName", sort_code: 123456, account_number: 12345678, country_code: "gb" } },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().validation.fields_needed).toEqual(["tos_acceptance"]);
    expect(put.json().bank_details.GBP).toEqual({ provided: true, last_error: "" });
    expect(put.json().date_joined).not.toBe("2017-11-23T11:17:05.488037Z"); // read-only

    const patch = await call("PATCH", `/customers/${id}/`, {
      tos_acceptance: { date: "2017-11-23T11:17:05.488037Z", ip_address: "1.2.3.4" },
    });
    expect(patch.json().validation).toMatchObject({
      fields_needed: [],
      next_actions: ["select-investor-type"],
      aml_check: { status: "AML Check Pending", passed: false },
    });

    const type = await call("POST", `/customers/${id}/change_investor_type/`, SEED_INVESTOR_TYPE_CHANGE);
    expect([type.statusCode, type.json()]).toEqual([200, { status: "ok" }]);
    expect((await call("GET", `/customers/${id}/`)).json().validation.next_actions).toEqual(["answer-signup-questionnaire"]);

    const wrong = await call("POST", `/customers/${id}/upload_questionnaire_results/`, {
      type: "signup",
      questions_answered: [{ question_id: 1, answer_id: 3 }],
    });
    expect(wrong.statusCode).toBe(200);
    expect(wrong.json().user_status).toEqual({
      blocked_message: null,
      num_failed_attempts: 1,
      max_num_failed_attempts: 3,
      num_attempts_remaining: 2,
      passed: false,
    });
    expect((await call("GET", `/customers/${id}/`)).json().validation.questionnaire.signup).toBe("attempted-1-times");

    const answers = [
      [1, 1],
      [2, 6],
      [3, 7],
      [4, 10],
      [5, 15],
      [7, 20],
    ].map(([question_id, answer_id]) => ({ question_id, answer_id }));
    const right = await call("POST", `/customers/${id}/upload_questionnaire_results/`, { type: "signup", questions_answered: answers });
    expect(right.json().user_status).toMatchObject({ passed: true, num_failed_attempts: 1 });
    const profile = (await call("GET", `/customers/${id}/`)).json();
    expect(profile.validation).toMatchObject({ status: "onboarding", next_actions: [], questionnaire: { signup: "passed" } });

    // The first investor type is fixed; a second one becomes a manual request (202).
    const again = await call("POST", `/customers/${id}/change_investor_type/`, {
      investor_type_id: 2,
      ...{ annual_income: "1", annual_income_currency: "GBP", net_investible_assets: "1", net_investible_assets_currency: "GBP" },
    });
    expect([again.statusCode, again.json()]).toEqual([202, { status: "ok" }]);
    expect(profile.investor_type.investor_type_id).toBe(1);
  });

  it("returns field errors for bad profile data and investor type rules", async () => {
    const id = await createCustomer("errors@example.com");
    const res = await call("PATCH", `/customers/${id}/`, {
      date_of_birth: "01/01/2000",
      address: { address1: "x", address3: "y", post_code: "z" },
    });
    expect([res.statusCode, res.json()]).toEqual([
      400,
      {
        date_of_birth: ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."],
        address: { non_field_errors: ["You must specify at least one of flat_or_apartment_number, house_number, house_name."] },
      },
    ]);
    const hnw = await call("POST", `/customers/${id}/change_investor_type/`, {
      investor_type_id: 1,
      annual_income: "50000",
      annual_income_currency: "GBP",
      net_investible_assets: "50000",
      net_investible_assets_currency: "GBP",
    });
    expect(hnw.statusCode).toBe(400);
    expect(hnw.json().non_field_errors[0]).toMatch(/at least GBP100,000/);
  });

  it("blocks a questionnaire after three failures", async () => {
    const id = await createCustomer("fails@example.com");
    for (let i = 0; i < 4; i++)
      await call("POST", `/customers/${id}/upload_questionnaire_results/`, { type: "high-yield", questions_answered: [] });
    const q = (await call("GET", `/customers/${id}/questionnaire/?type=high-yield`)).json();
    expect(q.user_status).toMatchObject({ num_failed_attempts: 3, num_attempts_remaining: 0, passed: false });
    expect(q.user_status.blocked_message).toMatch(/too many times/);
    expect((await call("GET", `/customers/${id}/`)).json().validation.questionnaire["high-yield"]).toBe("failed");
    expect((await call("GET", `/questionnaires/?type=signup`)).json().user_status).toBeNull();
    expect((await call("GET", `/customers/${id}/questionnaire/?type=nope`)).json()).toEqual({ type: ['"nope" is not a valid choice.'] });
  });
});

describe("user agreements", () => {
  it("records a decision with the seed's PUT and reads the agreement text", async () => {
    const all = (await call("GET", "/customers/?limit=1000")).json().results;
    const pending = all.find((c: { validation: { fields_needed: string[] } }) =>
      c.validation.fields_needed.includes("user_agreement:client-account-migration"),
    );
    expect(pending.user_agreement["client-account-migration"].agreement).toBe(
      "http://127.0.0.1:4010/wisealpha/v1/customers/me/user-agreements/client-account-migration/",
    );
    const text = await call("GET", `/customers/${pending.customer_id}/user-agreements/client-account-migration/`);
    expect(text.headers["content-type"]).toMatch(/^text\/markdown/);
    expect(text.body).toContain("`move_funds`");

    const bad = await call("PUT", `/customers/${pending.customer_id}/`, {
      user_agreements: { "client-account-migration": { decision: "keep_it" } },
    });
    expect([bad.statusCode, bad.json()]).toEqual([
      400,
      { user_agreements: { "client-account-migration": { decision: ['"keep_it" is not a valid choice.'] } } },
    ]);
    const ok = await call("PUT", `/customers/${pending.customer_id}/`, {
      user_agreements: { "client-account-migration": { decision: "move_funds" } },
    });
    expect(ok.json().user_agreement["client-account-migration"].decision).toBe("move_funds");
    expect(ok.json().validation).toMatchObject({ fields_needed: [], status: "invest" });
  });
});

describe("document upload", () => {
  const url = (id: string, type: string) => `/wisealpha/v1/customers/${id}/upload_${type}/`;

  it.each(Object.entries(SAMPLES))("accepts a raw %s body", async (_name, bytes) => {
    const res = await h.app.inject({
      method: "POST",
      url: url("10000001", "photo_id"),
      headers: { ...auth(), "content-type": "application/octet-stream", "content-disposition": "attachment; filename=id.bin" },
      payload: bytes,
    });
    expect([res.statusCode, res.json()]).toEqual([200, { status: "ok" }]);
  });

  it("rejects a file that is not JPEG/GIF/PNG/PDF/BMP, whatever its Content-Type says", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: url("10000001", "photo_id"),
      headers: { ...auth(), "content-type": "image/jpeg" },
      payload: Buffer.from("PK\x03\x04 not an image"),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().document[0]).toMatch(/JPEG, GIF, PNG, PDF or BMP/);
  });

  it("accepts multipart/form-data with a part named document and moves AML to documents provided", async () => {
    const id = await createCustomer("upload@example.com");
    const customer = (await call("GET", `/customers/${id}/`)).json();
    expect(customer.validation.documents.photo_id).toBe("not-yet-needed");
    const boundary = "----wa";
    const part = (bytes: Buffer, name: string) =>
      Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="document"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
    const res = await h.app.inject({
      method: "POST",
      url: url(id, "proof_of_address"),
      headers: { ...auth(), "content-type": `multipart/form-data; boundary=${boundary}` },
      payload: part(SAMPLES.pdf, "bill.pdf"),
    });
    expect([res.statusCode, res.json()]).toEqual([200, { status: "ok" }]);
    expect((await call("GET", `/customers/${id}/`)).json().validation.documents.proof_of_address).toBe("provided");
    const bad = await h.app.inject({
      method: "POST",
      url: url(id, "photo_id"),
      headers: { ...auth(), "content-type": `multipart/form-data; boundary=${boundary}` },
      payload: part(Buffer.from("hello"), "x.txt"),
    });
    expect(bad.statusCode).toBe(400);
  });

  it("refuses a supporting document that was not requested, and unknown types", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: url("10000001", "bank_statement:GBP"),
      headers: { ...auth(), "content-type": "application/pdf" },
      payload: SAMPLES.pdf,
    });
    expect(res.statusCode).toBe(400);
    expect(
      (await h.app.inject({ method: "POST", url: url("10000001", "passport"), headers: auth(), payload: SAMPLES.pdf })).statusCode,
    ).toBe(404);
  });
});

describe("not yet built", () => {
  it("robowise and reports are built (#16): no more 501", async () => {
    expect((await call("GET", "/robowise/GBP/configuration-data/")).statusCode).toBe(200);
    expect((await call("POST", "/customers/10000001/investment-accounts/INVACC00000001/reports/generate/", {})).statusCode).toBe(400);
  });
});
