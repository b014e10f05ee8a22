import { expect, test, type APIRequestContext } from "@playwright/test";

import { query } from "../support/db";
import { authFile } from "../support/users";

// scripts/test.ts passes the e2e stack's sandbox; without it, a developer's `npm start` sandbox (README).
const CASHLINK = `${process.env.E2E_SANDBOX_URL ?? "http://127.0.0.1:4010"}/cashlink`;
// The sandbox's published demo client and investor (sandbox/cashlink/README.md).
const CLIENT = { client_id: "cashlink-sandbox-client", client_secret: "cashlink-sandbox-secret" };
const DEMO_CAMPAIGN_ID = "3b0c8f5e-6a1d-4c2e-9f3a-5d7e2b1c4a60";
const DEMO_INVESTOR_ID = "8d2f6b1a-94c3-4e57-b0a8-1f6c3e9d2a75";

// One after the other: the journey picks a ready invitation from the list, and the second test adds one.
test.describe.configure({ mode: "serial" });
test.use({ storageState: authFile("COMPLIANCE") });

async function cashlinkApi(request: APIRequestContext) {
  const token = await request.post(`${CASHLINK}/oauth/token`, { form: { grant_type: "client_credentials", ...CLIENT } });
  expect(token.ok()).toBe(true);
  const headers = { Authorization: `Bearer ${((await token.json()) as { access_token: string }).access_token}` };
  const call = async <T>(method: "GET" | "POST" | "PATCH", path: string, data?: object): Promise<T> => {
    const response = await request.fetch(`${CASHLINK}${path}`, { method, headers, data });
    expect(response.ok(), await response.text()).toBe(true);
    return (await response.json()) as T;
  };
  return {
    call,
    /** A new invitation of the demo investor to the demo campaign, for 1,100 units (nothing filled in yet). */
    inviteDemoInvestor: () =>
      call<{ id: string }>("POST", "/v2/invitations/", { investor_id: DEMO_INVESTOR_ID, campaign_id: DEMO_CAMPAIGN_ID, units: 1100 }),
    investmentsFor: async (invitationId: string, investorId: string) =>
      (
        await call<{ results: { id: string; invitation_id: string | null }[] }>(
          "GET",
          `/v2/investments/?investor_id=${investorId}&page_size=100`,
        )
      ).results.filter((i) => i.invitation_id === invitationId),
  };
}

test("COMPLIANCE filters complete invitations, opens one, creates the investment and sees its status", async ({ page, request }) => {
  test.setTimeout(90_000);
  const used = new Set((await query<{ id: string }>(`SELECT "invitationId" AS id FROM "CashlinkInvestmentRequest"`)).map((r) => r.id));

  await page.goto("/onboarding/invitations");
  await expect(page.getByRole("heading", { level: 1, name: "Cashlink invitations" })).toBeVisible();
  await page.locator("html[data-hydrated]").waitFor();
  await page.getByLabel("Stage", { exact: true }).selectOption("ready");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/stage=ready/);
  const rows = page.getByTestId("invitation-row");
  await expect(rows.first()).toBeVisible();
  // Every listed invitation is ready: self-disclosure and survey settled, not signed yet.
  for (const row of await rows.all()) await expect(row).toContainText("Ready to invest");

  const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-invitation-id")!));
  const invitationId = ids.find((id) => !used.has(id));
  if (!invitationId) throw new Error("no unused ready invitation on the first page");
  await page.locator(`[data-invitation-id="${invitationId}"] a`).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Cashlink invitation" })).toBeVisible();
  const checklist = page.getByRole("region", { name: "Checklist" });
  await expect(checklist).toContainText("Not signed");
  await expect(page.getByTestId("investment-status")).toHaveCount(0);

  await page.locator("html[data-hydrated]").waitFor();
  await page.getByRole("button", { name: "Create investment" }).click();
  await page.getByRole("button", { name: "Confirm create investment" }).click();
  await expect(page.getByText(/Investment created at Cashlink/)).toBeVisible({ timeout: 15_000 });
  const status = page.getByTestId("investment-status");
  await expect(status).toHaveText(/^(KYC_PENDING|WAITING_FOR_ACCEPTANCE)$/);
  await expect(checklist).toContainText("Signed");
  const investmentId = (await page.getByTestId("investment-id").textContent())!.trim();

  // Cashlink's status webhook reaches us through the intake and the worker and shows on the page.
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("invitation-event").first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  // The issuer moves it on at Cashlink: the page shows the new status and its event.
  const advanced = await request.post(`${CASHLINK}/__sandbox/investments/${investmentId}/advance`, { data: {} });
  expect(advanced.ok()).toBe(true);
  const next = ((await advanced.json()) as { investment: { status: string } }).investment.status;
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("invitation-events")).toContainText(next, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(status).toHaveText(next);

  const audits = await query<{ action: string; actor: string }>(
    `SELECT action, "actorEmail" AS actor FROM "AuditEntry" WHERE "targetType" = 'cashlink_invitation' AND "targetId" = $1 ORDER BY id`,
    [invitationId],
  );
  expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(["cashlink_investment.requested", "cashlink_investment.created"]));
  expect(new Set(audits.map((a) => a.actor))).toEqual(new Set(["compliance@bank.example"]));
});

test("a double click on Confirm creates one investment at Cashlink", async ({ page, request }) => {
  const api = await cashlinkApi(request);
  // A fresh complete invitation, as in Cashlink's guide (EUR 1,100: self-disclosure, empty survey, waiver).
  const { id } = await api.inviteDemoInvestor();
  await api.call("PATCH", `/v2/invitations/${id}/`, {
    self_disclosure_submitted_at: "2021-11-15T08:33:45.617Z",
    self_disclosure_monthly_income: true,
    self_disclosure_net_worth_100k: true,
  });
  await api.call("PATCH", `/v2/invitations/${id}/`, { survey_submitted_at: "2022-03-22T07:14:13.630308+00:00", survey: [] });
  await api.call("PATCH", `/v2/invitations/${id}/`, { survey_waiver: "NO_ANSWERS" });

  await page.goto(`/onboarding/invitations/${id}`);
  await page.locator("html[data-hydrated]").waitFor();
  await page.getByRole("button", { name: "Create investment" }).click();
  await page.getByRole("button", { name: "Confirm create investment" }).dblclick();
  await expect(page.getByTestId("investment-status")).toHaveText(/^(KYC_PENDING|WAITING_FOR_ACCEPTANCE)$/, { timeout: 15_000 });

  expect(await api.investmentsFor(id, DEMO_INVESTOR_ID)).toHaveLength(1);
  const rows = await query<{ state: string }>(`SELECT state::text FROM "CashlinkInvestmentRequest" WHERE "invitationId" = $1`, [id]);
  expect(rows).toEqual([{ state: "CREATED" }]);
});

test.describe("STAFF", () => {
  test.use({ storageState: authFile("STAFF") });

  test("sees Create investment disabled with the reasons, for the role and for what the invitation misses", async ({ page, request }) => {
    const api = await cashlinkApi(request);
    const { id } = await api.inviteDemoInvestor();
    await page.goto(`/onboarding/invitations/${id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Cashlink invitation" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Create investment" })).toBeDisabled();
    const why = page.getByTestId("why-not-create");
    await expect(why).toContainText("Your role (STAFF) cannot create investments; compliance or an admin can.");
    await expect(why).toContainText("The investor has not submitted the self-disclosure the amount requires.");
    await expect(why).toContainText("The knowledge and experience survey has not been submitted.");
    expect(await api.investmentsFor(id, DEMO_INVESTOR_ID)).toEqual([]);
    expect(await query(`SELECT 1 FROM "CashlinkInvestmentRequest" WHERE "invitationId" = $1`, [id])).toEqual([]);
  });
});
