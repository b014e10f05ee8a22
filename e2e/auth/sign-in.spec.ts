import { expect, test } from "@playwright/test";

import { signInFully } from "../support/second-factor";
import { DEMO, signIn } from "../support/users";

const NAV = {
  STAFF: ["Customers", "Portfolios", "Withdrawals", "Deposits", "Onboarding", "Orders", "Events", "Approvals", "Reconciliation"],
  COMPLIANCE: ["Customers", "Portfolios", "Withdrawals", "Deposits", "Onboarding", "Orders", "Events", "Approvals", "Reconciliation"],
  ADMIN: [
    "Customers",
    "Portfolios",
    "Withdrawals",
    "Deposits",
    "Onboarding",
    "Orders",
    "Users",
    "Audit",
    "Events",
    "Approvals",
    "Reconciliation",
  ],
} as const;

test.describe("each demo user signs in and sees only what the role allows", () => {
  for (const role of ["STAFF", "COMPLIANCE", "ADMIN"] as const) {
    test(role, async ({ page }) => {
      // ADMIN also enters the second-factor code (enrolled by auth.setup).
      await signInFully(page, role);
      await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
      await expect(page.getByText(`Signed in as ${role}.`)).toBeVisible();
      const links = page.getByRole("navigation", { name: "Areas" }).getByRole("link");
      await expect(links).toHaveText([...NAV[role]]);
    });
  }
});

test("a wrong password is refused with a message and no session", async ({ page }) => {
  await signIn(page, DEMO.STAFF.email, "not-the-password");
  await expect(page.getByTestId("sign-in-error")).toHaveText("Email or password is wrong, or the account is disabled.");
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("repeated failures for one account are rate-limited", async ({ page }) => {
  const email = `locked-${Date.now()}@bank.example`;
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, `wrong-${i}`);
    await expect(page.getByTestId("sign-in-error")).toHaveText(/wrong/);
  }
  await signIn(page, email, "still-wrong");
  await expect(page.getByTestId("sign-in-error")).toHaveText(/Too many failed sign-ins/);
});

test("sign-out ends the session", async ({ page }) => {
  await signIn(page, DEMO.COMPLIANCE.email, DEMO.COMPLIANCE.password);
  await expect(page.getByTestId("current-user")).toBeVisible();
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  // Replaying the old cookie does not bring the session back: it was revoked on the server.
  await page.context().addCookies(cookies);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});
