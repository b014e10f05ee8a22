import { readFile } from "node:fs/promises";

import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";

import { query } from "../support/db";
import { authFile, type DEMO } from "../support/users";

// scripts/test.ts passes the e2e stack's sandbox; without it, a developer's `npm start` sandbox (README).
const WISEALPHA = `${process.env.E2E_SANDBOX_URL ?? "http://127.0.0.1:4010"}/wisealpha`;
/** The seed examples' customer: fully onboarded, 2,000 of each of INVMKT00000001–03, one robowise portfolio. */
const CUSTOMER = "10000001";
const ACCOUNT = "INVACC00000001";
const ACCOUNT_PAGE = `/orders/customers/${CUSTOMER}/accounts/${ACCOUNT}`;

async function pageAs(browser: Browser, role: keyof typeof DEMO): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile(role), acceptDownloads: true });
  return context.newPage();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("WiseAlpha accounts (#16)", () => {
  test("staff sees a coupon payment appear on the account ledger after a sandbox payment event", async ({ browser, request }) => {
    const page = await pageAs(browser, "STAFF");
    await page.goto(`${ACCOUNT_PAGE}?type=Interest`);
    // On a fresh stack the filtered ledger may be empty: the kit then shows its empty state instead of the table.
    await expect(
      page.getByRole("region", { name: "Account ledger" }).or(page.getByText("No transactions match these filters.")),
    ).toBeVisible();
    const interestRows = page.locator('[data-testid="ledger-row"][data-type="Interest Payment"]');
    const before = await interestRows.count();
    const paymentsBefore = await page.locator('[data-testid="payment-row"][data-product="INVMKT00000002"]').count();

    const paid = await request.post(`${WISEALPHA}/__sandbox/products/INVMKT00000002/payment`);
    expect(paid.ok(), await paid.text()).toBe(true);

    // The ledger reads WiseAlpha's transactions: the coupon is there on the next load.
    await page.reload();
    await expect(interestRows).toHaveCount(before + 1);
    await expect(interestRows.first()).toContainText("Interest payment from");
    // The investment.payment event reaches us (webhook or poller) and is recorded for the account and product pages.
    await expect(async () => {
      await page.reload();
      await expect(page.locator('[data-testid="payment-row"][data-product="INVMKT00000002"]')).toHaveCount(paymentsBefore + 1, {
        timeout: 2_000,
      });
    }).toPass({ timeout: 60_000 });
    await expect(page).toHaveURL(/type=Interest/);
    await expectNoAxeViolations(page);

    await page.goto("/orders/products/INVMKT00000002");
    await expect(page.locator('[data-testid="payment-row"][data-kind="payment"]').first()).toBeVisible();
    await expect(page.getByTestId("company-updates-table")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("staff downloads an account statement in the format WiseAlpha gives", async ({ browser }) => {
    const page = await pageAs(browser, "STAFF");
    await page.goto(ACCOUNT_PAGE);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download Account Statement as CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^account_statement_INVACC00000001_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await download.path())!, "utf8");
    expect(text.split("\r\n")[0]).toBe("Date,Reference,Type,Description,Currency,Amount,Balance");
    expect(text).toContain("GBP");
    const [audit] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "AuditEntry" WHERE action = 'wisealpha_report.downloaded' AND "targetId" = $1 AND "actorEmail" IS NOT NULL`,
      [ACCOUNT],
    );
    expect(audit!.n).toBeGreaterThan(0);
  });

  test("staff changes a notification setting; it is audited, and compliance may only read it", async ({ browser }) => {
    const page = await pageAs(browser, "STAFF");
    await page.goto(`/orders/customers/${CUSTOMER}`);
    const box = page.getByRole("checkbox", { name: "Bond payments by e-mail" });
    await expect(box).toBeEnabled();
    const wasOn = await box.isChecked();
    await box.click();
    await expect(page.getByText(/Bond payments \(email\) turned (on|off)\./)).toBeVisible();
    await page.reload();
    await expect(box).toBeChecked({ checked: !wasOn });
    const [row] = await query<{ outcome: string; details: { key: string; after: string } }>(
      `SELECT outcome, details FROM "AuditEntry" WHERE action = 'wisealpha_notifications.changed' AND "targetId" = $1 ORDER BY id DESC LIMIT 1`,
      [CUSTOMER],
    );
    expect(row).toMatchObject({
      outcome: "SUCCESS",
      details: { key: "TRANSACTIONS_AND_PAYMENTS:BOND_PAYMENTS", after: wasOn ? "OFF" : "ON" },
    });
    await expectNoAxeViolations(page);
    // Put it back so the spec can run again.
    await box.click();
    await expect(page.getByText(/turned (on|off)\./).last()).toBeVisible();

    const compliance = await pageAs(browser, "COMPLIANCE");
    await compliance.goto(`/orders/customers/${CUSTOMER}`);
    await expect(compliance.getByRole("checkbox", { name: "Bond payments by e-mail" })).toBeDisabled();
  });

  test("staff opens a robowise portfolio and sees its value and allocation", async ({ browser }) => {
    const page = await pageAs(browser, "STAFF");
    await page.goto(ACCOUNT_PAGE);
    await page.getByTestId("robowise-table").getByRole("link", { name: "Nest Egg" }).click();
    await expect(page.getByRole("heading", { name: "Robowise: Nest Egg" })).toBeVisible();
    await expect(page.getByTestId("robowise-summary")).toContainText("open");
    await expect(page.getByTestId("allocation-row").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
