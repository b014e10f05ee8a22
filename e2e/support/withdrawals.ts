import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";

import { formatMoney } from "../../lib/format/money";
import { query } from "./db";
import { control, sandboxGet } from "./investsuite-sandbox";
import { authFile, type DEMO } from "./users";

/** An amount as the queue shows it to the demo users (default locale en-GB). */
export const money = (amount: string, currency: string) => formatMoney(amount, currency) ?? `${amount} ${currency}`;

export const FOUR_EYES = "You prepared this withdrawal, so another admin must approve it (four-eyes rule).";

export type WirePortfolio = {
  id: string;
  base_currency: string;
  portfolio: Record<string, string | number>;
  config: { manager_settings: { divest_amount?: number | string | null } };
};

/**
 * An active real-money robo portfolio with no withdrawal pending, less than 500 in cash and
 * instruments to sell, so the request waits for cash first; taken from further down the list than
 * other specs look. Each one is claimed in a table of the e2e database, so two specs running in
 * parallel, or a rerun against a reused stack, never share one. (Picking "the n-th fitting one"
 * did not hold: a request another spec made meanwhile shifts the list, and two specs got one portfolio.)
 */
export async function freshRoboPortfolio(request: APIRequestContext) {
  const robo = "status eq 'ACTIVE' and money_type eq 'REAL_MONEY' and config.manager eq 'ROBO_ADVISOR_DISCRETIONARY'";
  await claimTable();
  for (let offset = 100; offset < 1_000; offset += 100) {
    const page = await sandboxGet<{ results: WirePortfolio[] }>(
      request,
      `/portfolios/?limit=100&offset=${offset}&query=${encodeURIComponent(robo)}`,
    );
    const fits = page.results.filter((p) => {
      const divest = Number(p.config.manager_settings.divest_amount ?? 0);
      const cash = Number(p.portfolio[`$${p.base_currency}`] ?? 0);
      return divest === 0 && cash < 500 && Object.keys(p.portfolio).some((k) => !k.startsWith("$"));
    });
    for (const portfolio of fits) {
      const claimed = await query(
        `INSERT INTO e2e_claimed_portfolio (id)
         SELECT $1 WHERE NOT EXISTS (SELECT 1 FROM "WithdrawalRequest" WHERE "portfolioRef" = $1)
         ON CONFLICT DO NOTHING RETURNING id`,
        [portfolio.id],
      );
      if (claimed.length === 1) return { id: portfolio.id, currency: portfolio.base_currency };
    }
  }
  throw new Error("the sandbox has no fitting robo portfolio left");
}

/** A fresh robo portfolio (freshRoboPortfolio) whose customer asks, at the sandbox, to withdraw `amount`. */
export async function customerAsksToWithdraw(request: APIRequestContext, amount: number) {
  const portfolio = await freshRoboPortfolio(request);
  await control(request, `/portfolios/${portfolio.id}/request-withdrawal`, { amount });
  return portfolio;
}

async function claimTable() {
  try {
    await query(`CREATE TABLE IF NOT EXISTS e2e_claimed_portfolio (id text PRIMARY KEY, "claimedAt" timestamptz NOT NULL DEFAULT now())`);
  } catch (err) {
    // Two workers creating it at once: one wins, the other's IF NOT EXISTS can still hit the catalog's unique index.
    if ((err as { code?: string }).code !== "23505") throw err;
  }
}

export async function pageAs(browser: Browser, role: keyof typeof DEMO): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile(role) });
  return context.newPage();
}

/**
 * A second admin (ADMIN2) approves the prepared withdrawal at `detailUrl` and sees it paid out: the
 * worker pays it within seconds and the page refreshes itself while it does. Returns ADMIN2's page.
 */
export async function approveAsSecondAdmin(browser: Browser, detailUrl: string): Promise<Page> {
  const checker = await pageAs(browser, "ADMIN2");
  await checker.goto(detailUrl);
  await checker.getByRole("button", { name: "Approve", exact: true }).click();
  await checker.getByRole("button", { name: "Confirm approve" }).click();
  await expect(checker.getByTestId("withdrawal-summary").getByTestId("withdrawal-state")).toHaveAttribute("data-state", "EXECUTED", {
    timeout: 30_000,
  });
  return checker;
}

/** Events reach us asynchronously (sandbox → intake → worker), so the queue is reloaded until the request shows `state`. */
export async function waitForState(page: Page, portfolioId: string, state: string) {
  const row = page.getByTestId("withdrawal-row");
  await expect(async () => {
    await page.goto(`/withdrawals?portfolio=${portfolioId}&state=${state}`);
    await expect(row).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  return row;
}
