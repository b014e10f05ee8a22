import { expect, test } from "@playwright/test";

import { approveOnApprovals } from "../support/approvals";
import { query } from "../support/db";
import { authFile, createUserOnUsersPage } from "../support/users";

test.use({ storageState: authFile("ADMIN") });

test("creating an ADMIN waits for a second admin: the requester cannot approve it, admin2 does", async ({ page, browser }) => {
  const email = `e2e-admin-${Date.now()}@bank.example`;
  await createUserOnUsersPage(page, { name: "Second Admin", email, role: "ADMIN", password: "e2e-second-admin-password" });
  await expect(page.getByText("Sent for approval: another admin must approve it on Approvals.")).toBeVisible();
  expect(await query(`SELECT id FROM "User" WHERE email = $1`, [email])).toEqual([]);

  // The requester sees their own request with Cancel, not Approve.
  await page.goto("/approvals");
  const mine = page.locator("tr", { hasText: `Create ADMIN ${email}` });
  await expect(mine.getByRole("button", { name: "Cancel request" })).toBeVisible();
  await expect(mine.getByRole("button", { name: "Approve" })).toHaveCount(0);

  await approveOnApprovals(browser, `Create ADMIN ${email}`);
  const [user] = await query<{ role: string; mustChangePassword: boolean }>(
    `SELECT role::text, "mustChangePassword" FROM "User" WHERE email = $1`,
    [email],
  );
  expect(user).toEqual({ role: "ADMIN", mustChangePassword: true });
});

test("STAFF sees the approvals page but cannot approve a user change", async ({ page, browser }) => {
  const email = `e2e-staff-view-${Date.now()}@bank.example`;
  await createUserOnUsersPage(page, { name: "Not Yet", email, role: "ADMIN", password: "e2e-not-yet-password" });
  await expect(page.getByText("Sent for approval: another admin must approve it on Approvals.")).toBeVisible();

  const staff = await browser.newContext({ storageState: authFile("STAFF") });
  const staffPage = await staff.newPage();
  await staffPage.goto("/approvals");
  const row = staffPage.locator("tr", { hasText: `Create ADMIN ${email}` });
  await expect(row.getByRole("button", { name: "Approve" })).toBeDisabled();
  await expect(row).toContainText("Your role may not approve this.");
  await staff.close();

  // Tidy up: the requester cancels.
  await page.goto("/approvals");
  await page.locator("html[data-hydrated]").waitFor();
  await page
    .locator("tr", { hasText: `Create ADMIN ${email}` })
    .getByRole("button", { name: "Cancel request" })
    .click();
  await expect(page.getByText("Request cancelled.")).toBeVisible();
});
