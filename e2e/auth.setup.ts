import { expect, test as setup } from "@playwright/test";

import { authFile, DEMO, signIn } from "./support/users";

for (const role of ["STAFF", "COMPLIANCE", "ADMIN", "ADMIN2"] as const) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, DEMO[role].email, DEMO[role].password);
    await expect(page.getByTestId("current-user")).toBeVisible();
    await page.context().storageState({ path: authFile(role) });
  });
}
