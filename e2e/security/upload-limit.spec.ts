import { expect, test } from "@playwright/test";

import { query } from "../support/db";
import { authFile } from "../support/users";

/**
 * Issue #20 finding 13: a document just under the 10 MiB limit failed with a 500 because the
 * proxy cut server-action bodies off at 10 MB. The file below plus the form's own fields is
 * over 10,485,760 bytes on the wire; it must reach WiseAlpha (whose sandbox takes 15 MB).
 */
test.use({ storageState: authFile("COMPLIANCE") });

const SIZE = 10_485_700;

function pdfOf(size: number): Buffer {
  const file = Buffer.alloc(size, 0x20);
  file.write("%PDF-1.4\n", 0);
  file.write("\n%%EOF\n", size - 7);
  return file;
}

test("a 10,485,700-byte document uploads from the case page", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/onboarding/customers");
  await page.locator("html[data-hydrated]").waitFor();
  await page.getByRole("button", { name: "Sync from providers" }).click();
  await expect(page.getByText(/Read \d+ customers in \d+ ms/)).toBeVisible({ timeout: 60_000 });
  // The last WiseAlpha customer's case: the review spec picks untouched ones from the front of the list.
  const [row] = await query<{ id: string }>(
    `SELECT c.id FROM "OnboardingCase" c JOIN "WiseAlphaCustomerSnapshot" s ON s."customerId" = c."subjectRef"
      WHERE c."subjectType" = 'WISEALPHA_CUSTOMER' ORDER BY c."subjectRef" DESC LIMIT 1`,
  );
  await page.goto(`/onboarding/cases/${row!.id}`);
  await page.locator("html[data-hydrated]").waitFor();

  const serverErrors: number[] = [];
  page.on("response", (r) => r.status() >= 500 && serverErrors.push(r.status()));
  await page.getByLabel("Document", { exact: true }).selectOption("photo_id");
  await page.getByLabel(/^File/).setInputFiles({ name: "passport.pdf", mimeType: "application/pdf", buffer: pdfOf(SIZE) });
  await page.getByRole("button", { name: "Upload to WiseAlpha" }).click();
  await expect(page.getByText(/Photo ID uploaded; WiseAlpha shows it/)).toBeVisible({ timeout: 60_000 });
  expect(serverErrors).toEqual([]);
});
