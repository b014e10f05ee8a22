import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

import { query } from "../support/db";
import { authFile } from "../support/users";

// scripts/test.ts passes the e2e stack's sandbox; without it, a developer's `npm start` sandbox (README).
const SANDBOX = process.env.E2E_SANDBOX_URL ?? "http://127.0.0.1:4010";

test.describe.configure({ mode: "serial" });
test.use({ storageState: authFile("COMPLIANCE") });

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The worker's first customer sync runs a few seconds after start; wait for its suggestions. */
async function suggestionForThirdProvider() {
  let row: { id: string; customerId: string; providerId: string } | undefined;
  await expect
    .poll(
      async () => {
        [row] = await query<{ id: string; customerId: string; providerId: string }>(
          `SELECT m."id", m."customerId", m."providerId" FROM "CustomerMatch" m JOIN "Customer" c ON c."id" = m."customerId"
           WHERE m."state" = 'OPEN' AND m."kind" = 'EMAIL' AND m."provider" = 'CASHLINK'
             AND c."providers" @> ARRAY['INVESTSUITE', 'WISEALPHA']::"Provider"[] ORDER BY m."createdAt", m."id" LIMIT 1`,
        );
        return row !== undefined;
      },
      { timeout: 60_000, intervals: [1_000] },
    )
    .toBe(true);
  return row!;
}

let customerId = "";

test("a reviewer confirms a suggested link, then sees all three providers and the merged timeline", async ({ page }) => {
  // Waits for the worker's first sync, then two axe scans: more than the default 30 s on a loaded machine.
  test.setTimeout(120_000);
  const match = await suggestionForThirdProvider();
  customerId = match.customerId;

  await page.goto("/customers/review");
  await expect(page.getByRole("heading", { name: "Links to review" })).toBeVisible();
  await expectNoAxeViolations(page);
  const item = page.getByTestId("review-item").filter({ hasText: match.providerId });
  await item.getByRole("textbox").fill("Same person: e-mail and birth date agree with the bank's record");
  await item.getByRole("button", { name: "Confirm link" }).click();
  await expect(page.getByText("Link confirmed.")).toBeVisible();
  await expect(page.getByTestId("review-item").filter({ hasText: match.providerId })).toHaveCount(0);

  const [link] = await query<{ customerId: string; method: string; reason: string }>(
    `SELECT "customerId", "method", "reason" FROM "CustomerLink" WHERE "provider" = 'CASHLINK' AND "providerId" = $1`,
    [match.providerId],
  );
  expect(link).toMatchObject({ customerId, method: "CONFIRMED_SUGGESTION" });

  await page.goto(`/customers/${customerId}`);
  for (const panel of ["investsuite", "wisealpha", "cashlink"]) {
    await expect(page.getByTestId(`panel-${panel}`)).toBeVisible();
    await expect(page.getByTestId(`panel-${panel}`).getByTestId("provider-error")).toHaveCount(0);
  }
  await expect(page.getByTestId("panel-investsuite")).toContainText("answered in");
  await expect(page.getByTestId("panel-wisealpha")).toContainText("Balances:");
  await expect(page.getByTestId("panel-cashlink")).toContainText("Invitations");
  await expect(page.getByTestId("identity-table").getByRole("columnheader")).toHaveCount(4);
  const timeline = page.getByTestId("customer-timeline");
  await expect(timeline).toContainText("customer.link_confirmed");
  await timeline.getByRole("link", { name: /^Audit/ }).click();
  await expect(page).toHaveURL(/tl=audit/);
  await expect(timeline.locator("li[data-source]").first()).toHaveAttribute("data-source", "audit");
  await expectNoAxeViolations(page);
});

test("opening the page writes one access entry, shown to compliance", async ({ page }) => {
  const count = async () =>
    Number((await query<{ n: string }>(`SELECT count(*) AS n FROM "CustomerAccess" WHERE "customerId" = $1`, [customerId]))[0]!.n);
  const before = await count();
  await page.goto(`/customers/${customerId}`);
  await expect(page.getByTestId("access-log")).toContainText("compliance@bank.example");
  expect(await count()).toBe(before + 1);
  const response = await page.request.get(`/api/customers/${customerId}/access-log`);
  expect(response.status()).toBe(200);
  expect(((await response.json()) as { entries: unknown[] }).entries.length).toBe(before + 1);
});

test.describe("as STAFF", () => {
  test.use({ storageState: authFile("STAFF") });
  test("the access log is refused at the route, not only hidden", async ({ page }) => {
    const response = await page.request.get(`/api/customers/${customerId}/access-log`);
    expect(response.status()).toBe(403);
    await page.goto(`/customers/${customerId}`);
    await expect(page.getByTestId("panel-investsuite")).toBeVisible();
    await expect(page.getByTestId("access-log")).toHaveCount(0);
  });
});

test("with WiseAlpha failing (503) the page renders the other panels and says what is missing", async ({ page, request }) => {
  const set = await request.put(`${SANDBOX}/__sandbox/faults/wisealpha`, { data: { errorRate: 1, errorStatus: 503 } });
  expect(set.ok()).toBe(true);
  try {
    await page.goto(`/customers/${customerId}`);
    await expect(page.getByTestId("missing-providers")).toContainText("WiseAlpha");
    await expect(page.getByTestId("panel-wisealpha").getByTestId("provider-error")).toBeVisible();
    await expect(page.getByTestId("panel-investsuite").getByTestId("provider-error")).toHaveCount(0);
    await expect(page.getByTestId("panel-cashlink").getByTestId("provider-error")).toHaveCount(0);
    await expect(page.getByTestId("panel-cashlink")).toContainText("Invitations");
    await expect(page.getByTestId("identity-table")).toBeVisible();
  } finally {
    await request.delete(`${SANDBOX}/__sandbox/faults`);
  }
});

test("the customer list searches and filters, with counts", async ({ page }) => {
  await page.goto("/customers?provider=CASHLINK");
  await expect(page.getByTestId("customer-count")).toContainText("customer(s)");
  await expectNoAxeViolations(page);
  const [c] = await query<{ displayName: string }>(`SELECT "displayName" FROM "Customer" WHERE "id" = $1`, [customerId]);
  await page.getByLabel("Name, e-mail, customer number or provider id").fill(c!.displayName);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("link", { name: c!.displayName }).first()).toBeVisible();
});
