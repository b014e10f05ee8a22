import { expect, type Browser } from "@playwright/test";

import { authFile } from "./users";

/** Four eyes: a second demo admin opens /approvals and approves the pending request whose summary is `summary`. */
export async function approveOnApprovals(browser: Browser, summary: string, as: "ADMIN" | "ADMIN2" | "STAFF" = "ADMIN2") {
  const context = await browser.newContext({ storageState: authFile(as) });
  const page = await context.newPage();
  await page.goto("/approvals");
  await page.locator("html[data-hydrated]").waitFor();
  const row = page.locator("tr", { hasText: summary });
  await expect(row).toHaveCount(1);
  await row.getByRole("button", { name: "Approve" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText(`Approved and done: ${summary}.`)).toBeVisible();
  await context.close();
}
