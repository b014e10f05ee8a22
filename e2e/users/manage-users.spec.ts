import { expect, test, type Page } from "@playwright/test";

import { query } from "../support/db";
import { authFile, createUserOnUsersPage, signIn } from "../support/users";

test.use({ storageState: authFile("ADMIN") });

async function userRow(page: Page, email: string) {
  await page.goto("/users");
  // Clicking before hydration does nothing (no handler yet), so wait for it.
  await page.locator("html[data-hydrated]").waitFor();
  return page.getByTestId(`user-row-${email}`);
}

test("an admin creates a user, changes the role, disables them: each takes effect on the user's next request, and all is audited", async ({
  page,
  browser,
}) => {
  // Three sign-ins (argon2id each) and four audited changes in one journey: more than 30 s on a shared 2-core runner.
  test.setTimeout(90_000);
  const email = `e2e-${Date.now()}@bank.example`;
  const password = "e2e-initial-password";
  const ownPassword = "erin-chose-this-herself-7";

  await createUserOnUsersPage(page, { name: "Erin Example", email, role: "STAFF", password });
  await expect(page.getByText("User created.")).toBeVisible();
  await expect(page.getByTestId(`user-row-${email}`)).toContainText("Staff"); // the role in words (lib/format enum words)

  // The new user signs in elsewhere.
  const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const userPage = await other.newPage();
  await signIn(userPage, email, password);
  // The admin chose that password, so the user must replace it before anything else.
  await expect(userPage).toHaveURL(/\/account\/password/);
  await userPage.getByLabel("Current password").fill(password);
  await userPage.getByLabel("New password", { exact: true }).fill(ownPassword);
  await userPage.getByLabel("New password again").fill(ownPassword);
  await userPage.getByRole("button", { name: "Change password" }).click();
  await expect(userPage.getByText("Signed in as STAFF.")).toBeVisible();

  // Role change (not to ADMIN, which needs a second admin): the user's very next request has the new role.
  let row = await userRow(page, email);
  await row.getByLabel(`Role of ${email}`).selectOption("COMPLIANCE");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByText(`Role of ${email} changed.`)).toBeVisible();
  await userPage.reload();
  await expect(userPage.getByText("Signed in as COMPLIANCE.")).toBeVisible();
  await expect(userPage.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "Approvals" })).toBeVisible();

  // Disabling: the user's very next request is signed out.
  row = await userRow(page, email);
  await row.getByRole("button", { name: "Disable" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Disable" }).click();
  await expect(page.getByText(`${email} disabled.`)).toBeVisible();
  await userPage.reload();
  await expect(userPage).toHaveURL(/\/login/);
  await signIn(userPage, email, ownPassword);
  await expect(userPage.getByTestId("sign-in-error")).toHaveText(/wrong, or the account is disabled/);
  await other.close();

  const [user] = await query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  expect(user).toBeDefined();
  const id = user!.id;
  const audits = await query<{ action: string; actorEmail: string }>(
    `SELECT action, "actorEmail" FROM "AuditEntry" WHERE "targetId" = $1 ORDER BY id`,
    [id],
  );
  expect(audits.map((a) => a.action)).toEqual(["user.created", "auth.password_changed", "user.role_changed", "user.disabled"]);
  expect(audits.map((a) => a.actorEmail)).toEqual(["admin@bank.example", email, "admin@bank.example", "admin@bank.example"]);
});

test("the audit area keeps its filters in the URL, pages by keyset and exports CSV", async ({ page }) => {
  await page.goto("/audit");
  const filters = page.getByRole("form", { name: "Audit filters" });
  await filters.getByLabel("Action starts with").fill("auth.signed_in");
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=auth.signed_in/);
  const rows = page.getByTestId("audit-row");
  await expect(rows.first()).toContainText("auth.signed_in");
  const count = await rows.count();
  for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText("auth.signed_in");

  await page.reload();
  await expect(page.getByLabel("Action starts with")).toHaveValue("auth.signed_in");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await (await download).path();
  const { readFile } = await import("node:fs/promises");
  const csv = await readFile(file, "utf8");
  const lines = csv.trim().split("\n");
  expect(lines[0]).toBe("id,createdAt,actorEmail,actorRole,action,targetType,targetId,outcome,requestId,ip,details");
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(1)) expect(line).toContain(",auth.signed_in,");
});
