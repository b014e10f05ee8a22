import { expect, test } from "@playwright/test";

import { query } from "../support/db";
import { authFile } from "../support/users";

// The sandbox's published demo campaign (EUR 1 per unit) and identified investor with a wallet (sandbox/cashlink/README.md).
const DEMO_CAMPAIGN_ID = "3b0c8f5e-6a1d-4c2e-9f3a-5d7e2b1c4a60";
const DEMO_INVESTOR_ID = "8d2f6b1a-94c3-4e57-b0a8-1f6c3e9d2a75";

// ADMIN holds every permission the journey needs (onboarding.act, cashlink_investments.accept and .mark_paid).
test.use({ storageState: authFile("ADMIN") });

test("#17: create a Cashlink invitation, record self-disclosure and survey, create the investment, accept it and mark it paid", async ({
  page,
}) => {
  test.setTimeout(120_000);

  await page.goto("/onboarding/invitations/new");
  await expect(page.getByRole("heading", { level: 1, name: "New Cashlink invitation" })).toBeVisible();
  await page.locator("html[data-hydrated]").waitFor();
  await page.getByLabel("Investor (Cashlink id)").fill(DEMO_INVESTOR_ID);
  await page.getByLabel("Campaign").selectOption(DEMO_CAMPAIGN_ID);
  await page.getByLabel("Units").fill("1100");
  await page.getByRole("button", { name: "Create invitation" }).click();
  await page.waitForURL(/\/onboarding\/invitations\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  const invitationId = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1, name: "Cashlink invitation" })).toBeVisible();
  await page.locator("html[data-hydrated]").waitFor();

  const checklist = page.getByRole("region", { name: "Checklist" });
  const answers = page.getByRole("region", { name: "Investor answers" });
  // EUR 1,100 is over EUR 1,000: the self-disclosure is needed.
  await expect(answers).toContainText("Needed: the amount is over EUR 1,000");
  const selfDisclosure = answers.getByRole("form", { name: "Self-disclosure" });
  await selfDisclosure.getByLabel("The investor has a regular monthly income").check();
  await selfDisclosure.getByLabel("The investor's net worth is over EUR 100,000").check();
  await selfDisclosure.getByRole("button", { name: "Record self-disclosure" }).click();
  await expect(checklist.getByText("Submitted", { exact: true })).toHaveCount(1, { timeout: 15_000 });

  // The guide's empty survey, then the NO_ANSWERS waiver it requires.
  const survey = answers.getByRole("form", { name: "Survey" });
  await survey.getByLabel("The investor gave no answers").check();
  await survey.getByRole("button", { name: "Record survey" }).click();
  await expect(checklist).toContainText("Waiver missing", { timeout: 15_000 });
  const waiver = answers.getByRole("form", { name: "Survey waiver" });
  await expect(waiver).toContainText('must sign the waiver "NO_ANSWERS"');
  await waiver.getByRole("button", { name: "Record waiver" }).click();
  await expect(checklist.getByText("Waived", { exact: true })).toBeVisible({ timeout: 15_000 });

  await page.getByRole("button", { name: "Create investment" }).click();
  await page.getByRole("button", { name: "Confirm create investment" }).click();
  const status = page.getByTestId("investment-status");
  // The demo investor is identified, so the investment waits for the issuer's acceptance.
  await expect(status).toHaveText("WAITING_FOR_ACCEPTANCE", { timeout: 20_000 });
  await expect(answers).toHaveCount(0);

  await page.getByRole("button", { name: "Accept investment" }).click();
  await page.getByRole("button", { name: "Yes, accept 1" }).click();
  await expect(page.getByTestId("accept-results")).toContainText("Accepted", { timeout: 15_000 });
  await expect(status).toHaveText("ACCEPTED", { timeout: 15_000 });

  await page.getByRole("button", { name: "Mark paid" }).click();
  await expect(page.getByTestId("mark-paid-dialog")).toContainText("from ACCEPTED to PAID");
  await page.getByRole("button", { name: "Yes, mark paid" }).click();
  await expect(status).toHaveText("PAID", { timeout: 15_000 });
  await page.screenshot({ path: "test-results/cashlink-invitation-paid.png", fullPage: true });

  // Every write went through our own row first, and its key came from that row.
  const writes = await query<{ kind: string; state: string; key: string; id: string }>(
    `SELECT kind, state, "idempotencyKey" AS key, id FROM "CashlinkWrite" WHERE "resultId" = $1 OR "subjectId" = $1 ORDER BY "createdAt"`,
    [invitationId],
  );
  expect(writes.map((w) => `${w.kind}:${w.state}`)).toEqual([
    "INVITATION_CREATE:DONE",
    "SELF_DISCLOSURE:DONE",
    "SURVEY:DONE",
    "SURVEY_WAIVER:DONE",
  ]);
  for (const w of writes) expect(w.key).toContain(w.id);
  const investmentId = (await page.getByTestId("investment-id").textContent())!.trim();
  const moves = await query<{ kind: string; state: string }>(
    `SELECT kind, state FROM "CashlinkWrite" WHERE "subjectId" = $1 ORDER BY "createdAt"`,
    [investmentId],
  );
  expect(moves).toEqual([
    { kind: "INVESTMENT_ACCEPT", state: "DONE" },
    { kind: "INVESTMENT_PAID", state: "DONE" },
  ]);
});
