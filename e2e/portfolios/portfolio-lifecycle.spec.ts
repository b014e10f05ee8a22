import { randomUUID } from "node:crypto";

import { expect, test } from "@playwright/test";

import { approveOnApprovals } from "../support/approvals";
import { query } from "../support/db";
import { sandboxGet } from "../support/investsuite-sandbox";
import { authFile } from "../support/users";

// Issue #17 done-when 3 (first half): create a portfolio, change it, see the diff between versions 1 and 2; and close it.

// One of the user ids seed 002 uses; the sandbox generates it (sandbox/investsuite/README.md "Data").
const OWNER = "U01F5WYKRRXZHXT9S6FF1JZNJVZ";

test.describe("ADMIN", () => {
  test.use({ storageState: authFile("ADMIN") });

  test("creates a portfolio for an InvestSuite user, changes it, compares versions 1 and 2, and closes it with a second admin", async ({
    page,
    request,
    browser,
  }) => {
    test.setTimeout(120_000);
    const name = `E2E lifecycle ${randomUUID().slice(0, 8)}`;

    // The users list: search by id, open the user.
    await page.goto("/portfolios/users");
    await page.locator("html[data-hydrated]").waitFor();
    await page.getByLabel("Name, e-mail, customer no. or U… id").fill(OWNER);
    await page.getByLabel("Name, e-mail, customer no. or U… id").press("Enter");
    const row = page.getByTestId("investsuite-user-row").filter({ hasText: OWNER });
    await expect(row).toHaveCount(1);
    await row.getByRole("link").first().click();
    await expect(page.getByTestId("investsuite-user")).toBeVisible();

    // Create: the write-once fields are explained.
    await page.getByRole("link", { name: "Create portfolio" }).click();
    await page.locator("html[data-hydrated]").waitFor();
    await expect(page.getByRole("group", { name: "Cannot be changed after creation" })).toContainText("refuses any later change");
    await page.getByLabel(/^Name/).fill(name);
    await page.getByLabel("Money type (write once)").selectOption("PAPER_MONEY");
    await page.getByLabel("Base currency (write once)").selectOption("EUR");
    await page.getByLabel("Policy id (Y…)").fill("not-a-policy");
    await page.getByRole("button", { name: "Create portfolio" }).click();
    await expect(page.getByText("Enter a policy id: Y followed by 26 letters and digits.")).toBeVisible();
    await page.getByLabel("Policy id (Y…)").fill("Y01EF46X9XB437JS4678X0K529C");
    await page.getByRole("button", { name: "Create portfolio" }).click();
    await expect(page).toHaveURL(/\/portfolios\/P[0-9A-Z]{26}$/);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const id = page.url().split("/").pop()!;
    const created = await sandboxGet<{ version: number; external_id: string; money_type: string }>(request, `/portfolios/${id}/`);
    expect(created).toMatchObject({ version: 1, money_type: "PAPER_MONEY" });
    // The external id is derived from our own creation record (the create's de-duplication key).
    expect(created.external_id).toMatch(/^BO-/);

    // Change the mutable fields.
    await page.getByRole("link", { name: "Change portfolio" }).click();
    await page.locator("html[data-hydrated]").waitFor();
    await expect(page.getByTestId("write-once-fields")).toContainText("Paper money");
    await page.getByLabel("Name").fill(`${name} (changed)`);
    await page.getByLabel("Start amount").fill("1500.50");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${name} (changed)` })).toBeVisible();

    // Versions 1 → 2, field by field.
    await page.getByRole("link", { name: "Versions" }).click();
    await page.locator("html[data-hydrated]").waitFor();
    // The page opens on the latest change (1 → 2); choosing explicitly puts both in the URL.
    const pickA = page.getByLabel("Version A (before)");
    const pickB = page.getByLabel("Version B (after)");
    await pickB.selectOption("1");
    await expect(page).toHaveURL(/[?&]b=1/);
    await pickA.selectOption("2");
    await expect(page).toHaveURL(/[?&]a=2/);
    await expect(page.getByRole("heading", { name: "Version 2 → version 1" })).toBeVisible();
    await pickA.selectOption("1");
    await expect(page).toHaveURL(/[?&]a=1/);
    await pickB.selectOption("2");
    await expect(page).toHaveURL(/[?&]b=2/);
    await expect(page.getByRole("heading", { name: "Version 1 → version 2" })).toBeVisible();
    const diff = page.getByTestId("diff-row");
    await expect(diff.filter({ hasText: "name" }).first()).toContainText(`${name} (changed)`);
    await expect(diff.filter({ hasText: "config.manager_settings.start_amount" })).toContainText("1500.5");
    await expect(diff).toHaveCount(2);
    await page.screenshot({ path: "test-results/portfolio-versions-diff.png", fullPage: true });

    // Close: reason, confirm, a second admin approves (four eyes), then InvestSuite deletes it.
    await page.goto(`/portfolios/${id}`);
    await page.locator("html[data-hydrated]").waitFor();
    await page.getByRole("button", { name: "Close portfolio" }).click();
    await page.getByLabel(/^Reason/).fill("E2E: customer asked to close it");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Ask to close" }).click();
    await expect(page.getByText(/Closing sent for approval/)).toBeVisible();
    expect((await sandboxGet<{ deleted: boolean }>(request, `/portfolios/${id}/`)).deleted).toBe(false);
    await approveOnApprovals(browser, `Close portfolio ${id}`);
    await page.reload();
    await expect(page.getByTestId("closed-banner")).toBeVisible();
    await expect(page.getByRole("link", { name: "Change portfolio" })).toHaveCount(0);
    expect((await sandboxGet<{ deleted: boolean; version: number }>(request, `/portfolios/${id}/`)).deleted).toBe(true);
    await page.screenshot({ path: "test-results/portfolio-closed.png", fullPage: true });

    const audits = await query<{ action: string; outcome: string; actorEmail: string }>(
      `SELECT action, outcome::text, "actorEmail" FROM "AuditEntry" WHERE "targetType" = 'portfolio' AND "targetId" = $1 AND outcome = 'SUCCESS' ORDER BY id`,
      [id],
    );
    expect(audits).toEqual([
      { action: "portfolio.created", outcome: "SUCCESS", actorEmail: "admin@bank.example" },
      { action: "portfolio.updated", outcome: "SUCCESS", actorEmail: "admin@bank.example" },
      { action: "portfolio.closed", outcome: "SUCCESS", actorEmail: "admin2@bank.example" },
    ]);
  });
});
