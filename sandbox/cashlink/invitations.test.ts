import { afterEach, describe, expect, it } from "vitest";

import { CAMPAIGN_ID, createInvestor, startCashlink, type TestCashlink } from "./test-helpers";

const SELF_DISCLOSURE = {
  self_disclosure_submitted_at: "2021-11-15T08:33:45.617Z",
  self_disclosure_monthly_income: true,
  self_disclosure_net_worth_100k: true,
};
const ALL_TRUE = ["EXPERIENCE_SECURITIES", "KNOWLEDGE_TOTAL_LOSS_RISK", "KNOWLEDGE_TOKENIZED_SECURITIES"].map((question_id) => ({
  question_id,
  answer: true,
}));

describe("Cashlink invitations", () => {
  let cl: TestCashlink;
  afterEach(async () => cl?.close());

  async function invite(units = 1100) {
    const investor = await createInvestor(cl);
    const response = await cl.call("POST", "/v2/invitations/", { body: { investor_id: investor.id, campaign_id: CAMPAIGN_ID, units } });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; missing_requirements: { field: string }[] };
  }
  const patch = (id: string, body: object) => cl.call("PATCH", `/v2/invitations/${id}/`, { body });
  const missingFields = async (id: string) =>
    ((await cl.call("GET", `/v2/invitations/${id}/`)).json().missing_requirements as { field: string }[]).map((m) => m.field);

  it("creates an invitation with amount triple, required questions and an async costs document", async () => {
    cl = await startCashlink();
    const created = await invite();
    expect(created).toMatchObject({
      units: 1100,
      amount: { amount: "1100000", decimals: 3, currency: "EUR" },
      self_disclosure_questions: ["self_disclosure_monthly_income", "self_disclosure_net_worth_100k"],
      costs_document: null,
    });
    // "If it is missing, re-fetch until it appears."
    const refetched = (await cl.call("GET", `/v2/invitations/${created.id}/`)).json();
    expect(refetched.costs_document).toEqual({ id: expect.any(String), created_at: expect.any(String) });
  });

  it("walks the guide's flow: self-disclosure, empty survey, NO_ANSWERS waiver", async () => {
    cl = await startCashlink();
    const { id } = await invite();
    expect(await missingFields(id)).toEqual(["self_disclosure_submitted_at", "survey_submitted_at"]);
    expect((await patch(id, SELF_DISCLOSURE)).statusCode).toBe(200);
    expect((await patch(id, { survey_submitted_at: "2022-03-22T07:14:13.630308+00:00", survey: [] })).json().survey_result).toBe(
      "NO_ANSWERS",
    );
    expect(await missingFields(id)).toEqual(["survey_waiver"]);
    expect((await patch(id, { survey_waiver: "NO_ANSWERS" })).statusCode).toBe(200);
    expect(await missingFields(id)).toEqual([]);
  });

  it("refuses self-disclosure answers that do not cover the amount", async () => {
    cl = await startCashlink();
    const { id } = await invite(5_000);
    const response = await patch(id, { ...SELF_DISCLOSURE, self_disclosure_monthly_income: false, self_disclosure_net_worth_100k: false });
    expect(response.statusCode).toBe(400);
    expect(response.json().self_disclosure[0]).toContain("at most EUR 1,000.00");
    // net worth > 100k covers up to EUR 10,000
    expect((await patch(id, { ...SELF_DISCLOSURE, self_disclosure_monthly_income: false })).statusCode).toBe(200);
  });

  it("needs no self-disclosure up to EUR 1,000 and no waiver for a positive survey", async () => {
    cl = await startCashlink();
    const { id, missing_requirements } = await invite(1000);
    expect(missing_requirements.map((m) => m.field)).toEqual(["survey_submitted_at"]);
    const answered = await patch(id, { survey_submitted_at: "2022-03-22T07:14:13Z", survey: ALL_TRUE });
    expect(answered.json().survey_result).toBe("POSITIVE");
    expect(await missingFields(id)).toEqual([]);
  });

  it("requires the NEGATIVE_RESULT waiver after a failed survey", async () => {
    cl = await startCashlink();
    const { id } = await invite(500);
    await patch(id, { survey_submitted_at: "2022-03-22T07:14:13Z", survey: [{ question_id: "EXPERIENCE_SECURITIES", answer: false }] });
    await patch(id, { survey_waiver: "NO_ANSWERS" });
    expect(await missingFields(id)).toEqual(["survey_waiver"]);
    await patch(id, { survey_waiver: "NEGATIVE_RESULT" });
    expect(await missingFields(id)).toEqual([]);
  });

  it("validates references, units and enum values with DRF field errors", async () => {
    cl = await startCashlink();
    const unknown = await cl.call("POST", "/v2/invitations/", { body: { investor_id: "nope", campaign_id: CAMPAIGN_ID, units: 1 } });
    expect(unknown.json()).toEqual({ investor_id: ['Invalid pk "nope" - object does not exist.'] });
    const { id } = await invite();
    expect((await patch(id, { survey_waiver: "MAYBE" })).json()).toHaveProperty("survey_waiver");
    expect((await patch(id, { units: 0 })).json()).toHaveProperty("units");
  });

  it("lists oldest first with count/next/previous and filters by investor", async () => {
    cl = await startCashlink();
    const page = (await cl.call("GET", "/v2/invitations/?page_size=5")).json();
    expect(page.count).toBe(20);
    expect(page.results).toHaveLength(5);
    expect(page.previous).toBeNull();
    expect(page.next).toContain("page=2");
    const dates = page.results.map((r: { created_at: string }) => r.created_at);
    expect([...dates].sort()).toEqual(dates);
    const { id } = await invite();
    const mine = (
      await cl.call("GET", `/v2/invitations/?investor_id=${(await cl.call("GET", `/v2/invitations/${id}/`)).json().investor_id}`)
    ).json();
    expect(mine.results.map((r: { id: string }) => r.id)).toEqual([id]);
  });
});
