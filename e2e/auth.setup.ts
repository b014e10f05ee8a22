import { expect, test as setup } from "@playwright/test";

import { enrolSecondFactor, enterSecondFactor, savedSecondFactor, saveSecondFactor, unusedTotpCode } from "./support/second-factor";
import { authFile, DEMO, signIn } from "./support/users";

for (const role of ["STAFF", "COMPLIANCE", "ADMIN", "ADMIN2"] as const) {
  setup(`sign in as ${role}`, async ({ page }) => {
    // Enrolment hashes ten recovery codes and the password check is slow by design: on a loaded
    // 2-core machine one admin's setup took longer than the 30 s default.
    setup.setTimeout(90_000);
    await signIn(page, DEMO[role].email, DEMO[role].password);
    if (role === "ADMIN" || role === "ADMIN2") {
      // Admins need a second factor (SECOND_FACTOR_REQUIRED_ROLES=ADMIN): enrol on a fresh stack,
      // or enter the code from the secret saved last time when running against a kept one.
      await page.waitForURL(/\/account\/second-factor/, { timeout: 15_000 });
      const codePage = page.getByRole("heading", { name: "Enter your second-factor code" });
      await expect(page.getByTestId("totp-secret").or(codePage)).toBeVisible({ timeout: 15_000 });
      if (await page.getByTestId("totp-secret").isVisible()) {
        const { secret, recoveryCodes } = await enrolSecondFactor(page);
        saveSecondFactor(role, secret, recoveryCodes);
      } else {
        await enterSecondFactor(page, unusedTotpCode(savedSecondFactor(role).secret));
      }
    }
    // The first sign-in is the server's first hit on the auth and layout code (cold module
    // loads, the session row): on a loaded 2-core machine it has taken longer than the 5 s default.
    await expect(page.getByTestId("current-user")).toBeVisible({ timeout: 15_000 });
    await page.context().storageState({ path: authFile(role) });
  });
}
