import { expect, test as setup } from "@playwright/test";

import { authFile, DEMO, signIn } from "./support/users";

for (const role of ["STAFF", "COMPLIANCE", "ADMIN", "ADMIN2"] as const) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, DEMO[role].email, DEMO[role].password);
    // The first sign-in is the server's first hit on the auth and layout code (cold module
    // loads, the session row): on a loaded 2-core machine it has taken longer than the 5 s default.
    await expect(page.getByTestId("current-user")).toBeVisible({ timeout: 15_000 });
    await page.context().storageState({ path: authFile(role) });
  });
}
