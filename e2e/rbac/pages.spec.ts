import { expect, test } from "@playwright/test";

import { query } from "../support/db";
import { authFile } from "../support/users";

const ADMIN_PAGES = ["/users", "/audit"];

for (const role of ["STAFF", "COMPLIANCE"] as const) {
  test.describe(`${role}`, () => {
    test.use({ storageState: authFile(role) });

    for (const path of ADMIN_PAGES) {
      test(`cannot open ${path}`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
      });
    }

    test("cannot export the audit trail through the API, and nothing is written but the denial", async ({ request }) => {
      const before = await query<{ n: string }>(`SELECT count(*)::text AS n FROM "AuditEntry" WHERE action = 'audit.exported'`);
      const response = await request.get("/api/audit/export");
      expect(response.status()).toBe(403);
      expect(await response.text()).not.toContain("createdAt");
      const after = await query<{ n: string }>(`SELECT count(*)::text AS n FROM "AuditEntry" WHERE action = 'audit.exported'`);
      expect(after).toEqual(before);
    });
  });
}

test.describe("anonymous", () => {
  test("is sent to sign-in from every page and refused by the API", async ({ page, request }) => {
    for (const path of ["/", ...ADMIN_PAGES]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login/);
    }
    expect((await request.get("/api/audit/export")).status()).toBe(401);
  });
});
