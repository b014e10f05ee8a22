import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

import { query } from "../support/db";
import { authFile } from "../support/users";

/** The seed examples' customer: a GBP investment account with about £19k of cash (sandbox README). */
const CUSTOMER = "10000001";
const ACCOUNT = "INVACC00000001";
const ACCOUNT_PAGE = `/orders/customers/${CUSTOMER}/accounts/${ACCOUNT}`;

test.use({ storageState: authFile("STAFF") });
// Three pages, two WiseAlpha writes and an axe pass: more than the default 30 s on a loaded machine.
test.setTimeout(180_000);

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("WiseAlpha robowise money (#16)", () => {
  test("staff creates a robowise portfolio, funds it from the account's cash and sees it on the portfolio page", async ({ page }) => {
    const name = `E2E ${Date.now().toString(36)}`;
    await page.goto(ACCOUNT_PAGE);
    await page.getByRole("button", { name: "New robowise portfolio…" }).click();
    const form = page.getByRole("form", { name: "New robowise portfolio" });
    await form.getByLabel("Name (optional: WiseAlpha picks one)").fill(name);
    await form.getByLabel("Risk profile").selectOption("RWRP00000002");
    await form.getByRole("button", { name: "Check profile at WiseAlpha" }).click();
    await expect(page.getByTestId("robowise-check")).toContainText("bonds considered");
    await expect(form.getByLabel("Name (optional: WiseAlpha picks one)")).toHaveValue(name);
    await page.screenshot({ path: "test-results/robowise-create-form.png", fullPage: true });
    await form.getByRole("button", { name: "Create portfolio" }).click();

    // Created: the form opens the new portfolio's page.
    await expect(page.getByRole("heading", { name: `Robowise: ${name}` })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId("robowise-summary")).toContainText("opening");

    const fund = page.getByRole("form", { name: "Fund robowise portfolio" });
    await fund.getByLabel("Amount to move in (GBP)").fill("250.00");
    await fund.getByRole("button", { name: "Fund…" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText(`Fund ${name}?`);
    await expect(page.getByTestId("robowise-fund-confirm")).toContainText("250.00");
    await dialog.getByRole("button", { name: "Move the money" }).click();
    await expect(dialog).toBeHidden();

    // The page reads WiseAlpha again: the portfolio holds the cash and is open (≥ £90, seed).
    await expect(page.getByTestId("robowise-summary")).toContainText("250.00", { timeout: 20_000 });
    await expect(page.getByTestId("robowise-summary")).toContainText("open");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/robowise-funded.png", fullPage: true });

    // The account page lists it, and the audit has the funding's intent and outcome.
    await page.goto(ACCOUNT_PAGE);
    await expect(page.getByTestId("robowise-table").getByRole("link", { name })).toBeVisible();
    const audits = await query<{ outcome: string }>(
      `SELECT outcome FROM "AuditEntry" WHERE action = 'wisealpha_robowise.funded' AND "actorRole" = 'STAFF' AND details->>'amount' = '250.00' ORDER BY id DESC LIMIT 2`,
    );
    expect(audits.map((a) => a.outcome).sort()).toEqual(["ATTEMPTED", "SUCCESS"]);
  });
});
