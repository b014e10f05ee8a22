import { randomUUID } from "node:crypto";

import { expect, test, type Page } from "@playwright/test";

import { hashPassword } from "../../lib/auth/password";
import { query } from "../support/db";
import { enrolSecondFactor, enterSecondFactor, unusedTotpCode } from "../support/second-factor";
import { signIn } from "../support/users";

const PASSWORD = "violet-harbour-tractor-42";

/** A fresh account straight in the database, so no other spec's demo user is touched. */
async function newUser(role: "ADMIN" | "STAFF", options: { mustChangePassword?: boolean } = {}) {
  const email = `e2e-${role.toLowerCase()}-${randomUUID()}@bank.example`;
  await query(
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "mustChangePassword", "updatedAt")
     VALUES ($1, $2, $3, $4::"Role", $5, $6, now())`,
    [randomUUID(), email, `E2E ${role}`, role, await hashPassword(PASSWORD), options.mustChangePassword ?? false],
  );
  return email;
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
}

test.use({ storageState: { cookies: [], origins: [] } });

test("an ADMIN enrols a second factor at first sign-in, then signs in with a code, and with a recovery code once", async ({ page }) => {
  // Four sign-ins (argon2id each) and an enrolment in one journey: more than the default 30 s on a shared 2-core runner.
  test.setTimeout(90_000);
  const email = await newUser("ADMIN");
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/account\/second-factor/);
  await expect(page.getByRole("heading", { name: "Set up your second factor" })).toBeVisible();
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();

  // A partial session reaches nothing else: any page sends it back to its step.
  await page.goto("/withdrawals");
  await expect(page).toHaveURL(/\/account\/second-factor/);

  const { secret, recoveryCodes } = await enrolSecondFactor(page);
  expect(recoveryCodes).toHaveLength(10);
  await expect(page.getByText("Signed in as ADMIN.")).toBeVisible();

  // Next sign-in: password, then the code from the authenticator.
  await signOut(page);
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/account\/second-factor/);
  await page.goto("/audit");
  await expect(page).toHaveURL(/\/account\/second-factor/);
  await enterSecondFactor(page, "000000");
  await expect(page.getByTestId("second-factor-error")).toContainText("not right");
  await page.getByLabel("Code").fill(unusedTotpCode(secret));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("Signed in as ADMIN.")).toBeVisible();

  // A recovery code instead of the phone, once.
  await signOut(page);
  await signIn(page, email, PASSWORD);
  await enterSecondFactor(page, recoveryCodes[0]!);
  await expect(page.getByText("Signed in as ADMIN.")).toBeVisible();
  await signOut(page);
  await signIn(page, email, PASSWORD);
  await enterSecondFactor(page, recoveryCodes[0]!);
  await expect(page.getByTestId("second-factor-error")).toContainText("not right");

  const audit = await query<{ action: string }>(`SELECT action FROM "AuditEntry" WHERE "actorEmail" = $1 ORDER BY id`, [email]);
  const actions = audit.map((row) => row.action);
  for (const action of [
    "auth.second_factor_enrolled",
    "auth.second_factor_verified",
    "auth.second_factor_failed",
    "auth.recovery_code_used",
  ]) {
    expect(actions).toContain(action);
  }
});

test("a user whose password was set by someone else must choose a new one before anything else", async ({ page }) => {
  const email = await newUser("STAFF", { mustChangePassword: true });
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/account\/password/);
  await page.goto("/portfolios");
  await expect(page).toHaveURL(/\/account\/password/);
  await page.locator("html[data-hydrated]").waitFor();
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill("password1234");
  await page.getByLabel("New password again").fill("password1234");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("This is one of the most common passwords; choose another.")).toBeVisible();
  const next = "copper-lantern-meadow-17";
  await page.getByLabel("New password", { exact: true }).fill(next);
  await page.getByLabel("New password again").fill(next);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Signed in as STAFF.")).toBeVisible();
  const [row] = await query<{ mustChangePassword: boolean }>(`SELECT "mustChangePassword" FROM "User" WHERE email = $1`, [email]);
  expect(row?.mustChangePassword).toBe(false);
});

test("finding 10: /login?callbackUrl=/\\evil.example/phish stays on our origin after sign-in", async ({ page, baseURL }) => {
  const email = await newUser("STAFF");
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/\\evil.example/phish")}`);
  await page.locator("html[data-hydrated]").waitFor();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Signed in as STAFF.")).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});
