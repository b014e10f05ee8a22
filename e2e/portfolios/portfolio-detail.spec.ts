import { expect, test, type APIRequestContext } from "@playwright/test";

import { approveOnApprovals } from "../support/approvals";
import { query } from "../support/db";
import { sandboxGet } from "../support/investsuite-sandbox";
import { authFile } from "../support/users";

type WirePortfolio = {
  id: string;
  name: string;
  status: string;
  portfolio: Record<string, unknown>;
  config: { manager_settings: { active?: boolean } };
};

/** An active portfolio holding cash, the `n`-th one, so parallel tests never share a portfolio. */
async function activePortfolioWithCash(request: APIRequestContext, n: number): Promise<WirePortfolio & { currency: string }> {
  const page = await sandboxGet<{ results: WirePortfolio[] }>(
    request,
    `/portfolios/?limit=50&query=${encodeURIComponent("status eq 'ACTIVE' and money_type eq 'REAL_MONEY'")}`,
  );
  const withCash = page.results.filter((p) => Object.keys(p.portfolio).some((k) => k.startsWith("$")));
  const portfolio = withCash[n];
  if (!portfolio) throw new Error("the sandbox has no active portfolio holding cash");
  const currency = Object.keys(portfolio.portfolio)
    .find((k) => k.startsWith("$"))!
    .slice(1);
  return { ...portfolio, currency };
}

test.describe("ADMIN", () => {
  test.use({ storageState: authFile("ADMIN") });

  test("opens a portfolio, sees holdings with currency codes, blocks it with a reason and unblocks it, each approved by admin2 (audited)", async ({
    page,
    request,
    browser,
  }) => {
    const portfolio = await activePortfolioWithCash(request, 0);
    await page.goto(`/portfolios/${portfolio.id}`);
    await expect(page.getByRole("heading", { level: 1, name: portfolio.name })).toBeVisible();
    await expect(page.getByTestId("portfolio-summary")).toContainText(portfolio.id);
    const cashRow = page.getByTestId("holding-row").filter({ hasText: `Cash ${portfolio.currency}` });
    await expect(cashRow).toContainText(new RegExp(`\\d ${portfolio.currency}$`));
    await expect(page.getByTestId("version-info")).toContainText("Version");

    await page.getByRole("button", { name: "Block portfolio" }).click();
    // The reason is required before anything is sent.
    await page.getByLabel(/^Reason/).fill("abc");
    await page.getByRole("button", { name: "Confirm block" }).click();
    await expect(page.getByText("Give a reason of at least 5 characters.")).toBeVisible();
    await page.getByLabel(/^Reason/).fill("E2E: suspected account takeover");
    await page.getByRole("button", { name: "Confirm block" }).click();
    // Four eyes: nothing changes until a second admin approves.
    await expect(page.getByText(/Blocking sent for approval/)).toBeVisible();
    expect((await sandboxGet<WirePortfolio>(request, `/portfolios/${portfolio.id}/`)).config.manager_settings.active).not.toBe(false);
    await approveOnApprovals(browser, `Block portfolio ${portfolio.id}`);
    await page.reload();
    await expect(page.getByTestId("blocked-banner")).toContainText("E2E: suspected account takeover");
    await expect(page.getByTestId("portfolio-summary")).toContainText("inactive");

    const blocked = await sandboxGet<WirePortfolio>(request, `/portfolios/${portfolio.id}/`);
    expect(blocked.config.manager_settings.active).toBe(false);

    await page.getByRole("button", { name: "Unblock portfolio" }).click();
    await page.getByLabel(/^Reason/).fill("E2E: identity confirmed by phone");
    await page.getByRole("button", { name: "Confirm unblock" }).click();
    await expect(page.getByText(/Unblocking sent for approval/)).toBeVisible();
    await approveOnApprovals(browser, `Unblock portfolio ${portfolio.id}`);
    await page.reload();
    await expect(page.getByRole("button", { name: "Block portfolio" })).toBeVisible();
    await expect(page.getByTestId("blocked-banner")).toHaveCount(0);
    expect((await sandboxGet<WirePortfolio>(request, `/portfolios/${portfolio.id}/`)).config.manager_settings.active).toBe(true);

    const audits = await query<{ action: string; outcome: string; actorEmail: string; reason: string }>(
      `SELECT action, outcome::text, "actorEmail", details->>'reason' AS reason FROM "AuditEntry" WHERE "targetType" = 'portfolio' AND "targetId" = $1 AND outcome <> 'ATTEMPTED' ORDER BY id`,
      [portfolio.id],
    );
    expect(audits).toEqual([
      { action: "portfolio.blocked", outcome: "SUCCESS", actorEmail: "admin2@bank.example", reason: "E2E: suspected account takeover" },
      { action: "portfolio.unblocked", outcome: "SUCCESS", actorEmail: "admin2@bank.example", reason: "E2E: identity confirmed by phone" },
    ]);
  });

  test("an unknown portfolio id shows not found", async ({ page }) => {
    await page.goto("/portfolios/P00000000000000000000000000");
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});

test.describe("STAFF", () => {
  test.use({ storageState: authFile("STAFF") });

  test("sees the portfolio and may edit its account, but has no Block button", async ({ page, request }) => {
    const portfolio = await activePortfolioWithCash(request, 1);
    await page.goto(`/portfolios/${portfolio.id}`);
    await expect(page.getByRole("heading", { level: 1, name: portfolio.name })).toBeVisible();
    await expect(page.getByTestId("holdings")).toContainText(portfolio.currency);
    await expect(page.getByRole("button", { name: "Edit" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Block portfolio/ })).toHaveCount(0);
  });
});
