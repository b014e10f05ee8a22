import { readFile } from "node:fs/promises";

import { expect, test, type Page } from "@playwright/test";

import { query } from "../support/db";
import { authFile } from "../support/users";

const QUERY = "base_currency eq 'USD' and money_type eq 'REAL_MONEY'";

/** Clicks on server-rendered HTML before hydration do nothing: wait for the marker first. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator("html[data-hydrated]").waitFor();
}

test.describe("portfolio list (STAFF)", () => {
  test.use({ storageState: authFile("STAFF") });

  test("done-when (2): build a query and a sort, see results, reload, save the view, export it as CSV", async ({ page }) => {
    test.setTimeout(90_000);
    await open(page, "/portfolios");
    const builder = page.getByTestId("query-builder");

    // Two conditions with the builder, as a new user would click them.
    await builder.getByRole("button", { name: "+ Condition" }).click();
    await builder.getByRole("button", { name: "+ Condition" }).click();
    const rules = builder.locator(".rule");
    await rules.nth(0).locator("select.rule-fields").selectOption("base_currency");
    await rules.nth(0).locator("select.rule-operators").selectOption("eq");
    await rules.nth(0).locator("select.rule-value").selectOption("USD");
    await rules.nth(1).locator("select.rule-fields").selectOption("money_type");
    await rules.nth(1).locator("select.rule-operators").selectOption("eq");
    await rules.nth(1).locator("select.rule-value").selectOption("REAL_MONEY");
    await expect(page.getByTestId("query-preview")).toHaveText(QUERY);

    // The sort builder: creation_datetime, newest first.
    await page.getByRole("button", { name: "+ Sort" }).click();
    await page.getByLabel("Sort field 1").selectOption("creation_datetime");
    await page.getByLabel("Sort direction 1").selectOption("desc");
    await page.getByRole("button", { name: "Apply" }).click();

    await expect(page).toHaveURL(/sort=creation_datetime%3Adesc/);
    await expect(page).toHaveURL(/q=base_currency/);
    const rows = page.getByTestId("portfolio-row");
    await expect(rows.first()).toBeVisible();
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-portfolio-id")));
    const column = (n: number) => page.locator(`[data-testid=portfolio-row] td:nth-child(${n})`).allInnerTexts();
    // Default columns: name, owner, status, currency, money, holdings, created.
    expect(new Set(await column(4))).toEqual(new Set(["USD"]));
    expect(new Set(await column(5))).toEqual(new Set(["real"]));
    const created = await column(7);
    expect(created).toEqual([...created].sort().reverse()); // newest first
    const countText = await page.getByTestId("result-count").innerText();
    const total = Number(/of (\d+) portfolio/.exec(countText)?.[1]);
    expect(total).toBeGreaterThan(0);

    // A reload gives the same view: the URL holds the query and the sort.
    await page.reload();
    await page.locator("html[data-hydrated]").waitFor();
    await expect(page.getByTestId("query-preview")).toHaveText(QUERY);
    await expect(page.getByLabel("Sort field 1")).toHaveValue("creation_datetime");
    await expect(page.getByLabel("Sort direction 1")).toHaveValue("desc");
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-portfolio-id")))).toEqual(ids);

    // Save the view.
    const name = `USD real money ${Date.now()}`;
    await page.getByLabel("View name").fill(name);
    await page.getByRole("button", { name: "Save view" }).click();
    await expect(page.getByTestId("saved-view").filter({ hasText: name })).toBeVisible();
    const saved = await query<{ n: string }>(
      `SELECT count(*)::text AS n FROM "AuditEntry" WHERE action = 'view.saved' AND details->>'name' = $1`,
      [name],
    );
    expect(saved[0]?.n).toBe("1");

    // Export every matching portfolio as CSV, with progress.
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV" }).click();
    const download = await downloading;
    const csv = await readFile((await download.path())!, "utf8");
    const lines = csv.trim().split("\n");
    expect(lines[0]).toContain("id,name,external_id,status,base_currency,money_type");
    expect(lines.length - 1).toBe(total);
    expect(lines.slice(1).every((l) => l.includes(",USD,REAL_MONEY,"))).toBe(true);
    // In the view's order: the first page of the CSV is the table, row for row.
    expect(lines.slice(1, 1 + ids.length).map((l) => l.split(",")[0])).toEqual(ids);
    await expect(page.getByTestId("export-progress")).toHaveAttribute("data-state", "done");
    const exported = await query<{ n: string }>(
      `SELECT count(*)::text AS n FROM "AuditEntry" WHERE action = 'portfolios.exported' AND details->>'count' = $1`,
      [String(total)],
    );
    expect(Number(exported[0]?.n)).toBeGreaterThanOrEqual(1);
  });

  test("done-when (3): an invalid text query shows the error at its position and searches nothing", async ({ page }) => {
    await open(page, "/portfolios");
    await page.getByRole("tab", { name: "Text" }).click();
    await page.getByTestId("query-text").fill("base_currency equals 'USD'");
    // Shown while typing, before anything is sent.
    await expect(page.getByTestId("query-error")).toBeVisible();
    await expect(page.getByTestId("query-error")).toHaveAttribute("data-position", "14");
    await expect(page.getByTestId("query-error-caret")).toHaveText(`${" ".repeat(14)}^`);
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/portfolios$/);
    await expect(page.getByTestId("query-error")).toContainText("position 14");
  });

  test("an export in progress can be cancelled", async ({ page }) => {
    await open(page, "/portfolios");
    // Hold the export's answer so the download is still running when Cancel is clicked.
    await page.route("**/api/portfolios/export**", () => {});
    await page.getByRole("button", { name: "Export CSV" }).click();
    await expect(page.getByTestId("export-progress")).toHaveAttribute("data-state", "running");
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByTestId("export-progress")).toHaveAttribute("data-state", "cancelled");
    await expect(page.getByRole("button", { name: "Export CSV" })).toBeEnabled();
  });

  test("an invalid query in the URL is answered with its position and no table", async ({ page }) => {
    await page.goto(`/portfolios?q=${encodeURIComponent("status eq 'ACTIVE' and")}`);
    await expect(page.getByTestId("query-error")).toBeVisible();
    await expect(page.getByTestId("portfolio-table")).toHaveCount(0);
    await expect(page.getByTestId("provider-error")).toHaveCount(0);
  });
});

test.describe("portfolio list (ADMIN)", () => {
  test.use({ storageState: authFile("ADMIN") });

  test("the builder says what is wrong next to a bad value and does not search", async ({ page }) => {
    await open(page, "/portfolios");
    const builder = page.getByTestId("query-builder");
    await builder.getByRole("button", { name: "+ Condition" }).click();
    const rule = builder.locator(".rule").first();
    await rule.locator("select.rule-fields").selectOption("config.manager_settings.divest_amount");
    await rule.locator("input.rule-value").fill("lots");
    await expect(rule.getByTestId("rule-value-error")).toHaveText("Enter a number such as 600 or 12.50.");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/portfolios$/);
    await rule.locator("input.rule-value").fill("600.50");
    await expect(rule.getByTestId("rule-value-error")).toHaveCount(0);
    await expect(page.getByTestId("query-preview")).toHaveText("config.manager_settings.divest_amount eq 600.50");
  });

  test("an admin shares a view; another role sees it and it opens the same URL", async ({ page, browser }) => {
    await open(page, `/portfolios?q=${encodeURIComponent("status eq 'ACTIVE'")}&sort=name&size=50`);
    const name = `Team active ${Date.now()}`;
    await page.getByLabel("View name").fill(name);
    await page.getByLabel("share with everyone").check();
    await page.getByRole("button", { name: "Save view" }).click();
    await expect(page.getByTestId("saved-view").filter({ hasText: name })).toContainText("shared");

    const other = await browser.newContext({ storageState: authFile("COMPLIANCE") });
    const compliance = await other.newPage();
    await open(compliance, "/portfolios");
    await compliance.getByTestId("saved-view").filter({ hasText: name }).getByRole("link").click();
    await expect(compliance).toHaveURL(/q=status\+eq\+%27ACTIVE%27&sort=name&size=50/);
    await expect(compliance.getByTestId("portfolio-row")).toHaveCount(50);
    await other.close();
  });
});
