import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";

import { formatMoney } from "../../lib/format/money";
import { query } from "../support/db";
import { authFile, type DEMO } from "../support/users";

/** An amount as the queue shows it to the demo users (default locale en-GB). */
const money = (amount: string, currency: string) => formatMoney(amount, currency) ?? `${amount} ${currency}`;

// scripts/test.ts passes the e2e stack's sandbox; without it, a developer's `npm start` sandbox (README).
const INVESTSUITE = `${process.env.E2E_SANDBOX_URL ?? "http://127.0.0.1:4010"}/investsuite`;
// The sandbox's demo login (sandbox/investsuite/README.md).
const LOGIN = { access_key_id: "backoffice@bank.example", secret_access_key: "sandbox-password" };
const FOUR_EYES = "You prepared this withdrawal, so another admin must approve it (four-eyes rule).";

type WirePortfolio = {
  id: string;
  base_currency: string;
  portfolio: Record<string, string | number>;
  config: { manager_settings: { divest_amount?: number | string | null } };
};

async function sandboxGet<T>(request: APIRequestContext, path: string): Promise<T> {
  const login = await request.post(`${INVESTSUITE}/auth/login/`, { data: LOGIN });
  expect(login.ok()).toBe(true);
  const { access_token } = (await login.json()) as { access_token: string };
  const response = await request.get(`${INVESTSUITE}${path}`, { headers: { Authorization: `Bearer ${access_token}` } });
  expect(response.ok()).toBe(true);
  return (await response.json()) as T;
}

async function control(request: APIRequestContext, path: string, body?: object) {
  const response = await request.post(`${INVESTSUITE}/__sandbox${path}`, body ? { data: body } : {});
  expect(response.ok(), await response.text()).toBe(true);
}

/**
 * The `n`-th active real-money robo portfolio with no withdrawal pending, less than 500 in cash
 * and instruments to sell, so the request waits for cash first. Taken from further down the list
 * than other specs look, and never one with a request already, so parallel specs and reruns never share one.
 */
async function freshRoboPortfolio(request: APIRequestContext, n: number) {
  const robo = "status eq 'ACTIVE' and money_type eq 'REAL_MONEY' and config.manager eq 'ROBO_ADVISOR_DISCRETIONARY'";
  // Against a reused stack, a portfolio an earlier run paid out would show two transfers.
  const used = new Set(
    (await query<{ ref: string }>(`SELECT DISTINCT "portfolioRef" AS ref FROM "WithdrawalRequest" WHERE "portfolioRef" IS NOT NULL`)).map(
      (r) => r.ref,
    ),
  );
  const fits: WirePortfolio[] = [];
  for (let offset = 100; offset < 1_000 && fits.length <= n; offset += 100) {
    const page = await sandboxGet<{ results: WirePortfolio[] }>(
      request,
      `/portfolios/?limit=100&offset=${offset}&query=${encodeURIComponent(robo)}`,
    );
    fits.push(
      ...page.results.filter((p) => {
        const divest = Number(p.config.manager_settings.divest_amount ?? 0);
        const cash = Number(p.portfolio[`$${p.base_currency}`] ?? 0);
        return !used.has(p.id) && divest === 0 && cash < 500 && Object.keys(p.portfolio).some((k) => !k.startsWith("$"));
      }),
    );
  }
  const portfolio = fits[n];
  if (!portfolio) throw new Error("the sandbox has no fitting robo portfolio");
  return { id: portfolio.id, currency: portfolio.base_currency };
}

async function pageAs(browser: Browser, role: keyof typeof DEMO): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile(role) });
  return context.newPage();
}

/** Events reach us asynchronously (sandbox → intake → worker), so the queue is reloaded until the request shows `state`. */
async function waitForState(page: Page, portfolioId: string, state: string) {
  const row = page.getByTestId("withdrawal-row");
  await expect(async () => {
    await page.goto(`/withdrawals?portfolio=${portfolioId}&state=${state}`);
    await expect(row).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  return row;
}

test("a customer's withdrawal: sandbox → queue → cash available → STAFF prepares → another ADMIN approves → paid out", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const portfolio = await freshRoboPortfolio(request, 0);
  await control(request, `/portfolios/${portfolio.id}/request-withdrawal`, { amount: 500 });

  // STAFF finds the area from the navigation, as a new user would.
  const staff = await pageAs(browser, "STAFF");
  await staff.goto("/");
  await staff.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "Withdrawals" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Withdrawals" })).toBeVisible();

  const requested = await waitForState(staff, portfolio.id, "REQUESTED");
  await expect(requested).toContainText(money("500", portfolio.currency));

  await control(request, `/portfolios/${portfolio.id}/free-cash`);
  const available = await waitForState(staff, portfolio.id, "CASH_AVAILABLE");
  await available.getByRole("link", { name: money("500", portfolio.currency) }).click();
  await expect(staff.getByTestId("withdrawal-summary").getByTestId("withdrawal-state")).toHaveAttribute("data-state", "CASH_AVAILABLE");
  await expect(staff.getByTestId("provider-view")).toContainText(`500 ${portfolio.currency}`);
  // STAFF is a maker only: no Approve or Reject at all.
  await expect(staff.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
  await staff.getByRole("button", { name: "Prepare", exact: true }).click();
  await staff.getByRole("button", { name: "Confirm prepare" }).click();
  await expect(staff.getByTestId("withdrawal-summary")).toContainText(/Prepared by\s*staff@bank\.example/);
  await expect(staff.getByTestId("why-not-prepare")).toHaveText("This withdrawal has already been prepared.");
  const detailUrl = staff.url();

  const checker = await pageAs(browser, "ADMIN2");
  await checker.goto(detailUrl);
  await checker.getByRole("button", { name: "Approve", exact: true }).click();
  await checker.getByRole("button", { name: "Confirm approve" }).click();
  // The worker pays it out within seconds; the page refreshes itself while it does.
  await expect(checker.getByTestId("withdrawal-summary").getByTestId("withdrawal-state")).toHaveAttribute("data-state", "EXECUTED", {
    timeout: 30_000,
  });
  const timeline = checker.getByTestId("withdrawal-timeline");
  await expect(timeline).toContainText("Prepared");
  await expect(timeline).toContainText("staff@bank.example");
  await expect(timeline).toContainText("admin2@bank.example");
  await expect(timeline.getByRole("link", { name: /^event \d+$/ }).first()).toBeVisible();
  await expect(checker.getByTestId("provider-divest-amount")).toHaveText(`0 ${portfolio.currency}`);

  // At the provider: the request is cleared and exactly one payout was made.
  const after = await sandboxGet<WirePortfolio>(request, `/portfolios/${portfolio.id}/`);
  expect(Number(after.config.manager_settings.divest_amount)).toBe(0);
  const transfers = await (await request.get(`${INVESTSUITE}/__sandbox/cash-transfers?portfolio=${portfolio.id}`)).json();
  expect((transfers as { results: unknown[] }).results).toHaveLength(1);
});

test("an ADMIN who prepared a withdrawal sees Approve disabled with the four-eyes reason; another admin approves it in bulk", async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const portfolio = await freshRoboPortfolio(request, 1);
  await control(request, `/portfolios/${portfolio.id}/request-withdrawal`, { amount: 500 });
  const admin = await pageAs(browser, "ADMIN");
  // The sells come after the request is known, as in life: the worker may process two events of
  // one portfolio in either order, and a cash notice handled before its request is lost.
  await waitForState(admin, portfolio.id, "REQUESTED");
  await control(request, `/portfolios/${portfolio.id}/free-cash`);
  const row = await waitForState(admin, portfolio.id, "CASH_AVAILABLE");
  await row.getByRole("link", { name: money("500", portfolio.currency) }).click();
  await admin.getByRole("button", { name: "Prepare", exact: true }).click();
  await admin.getByRole("button", { name: "Confirm prepare" }).click();
  await expect(admin.getByTestId("why-not-approve")).toHaveText(FOUR_EYES);
  await expect(admin.getByRole("button", { name: "Approve", exact: true })).toBeDisabled();
  // The checker decides either way: the maker can neither approve nor reject.
  await expect(admin.getByRole("button", { name: "Reject", exact: true })).toBeDisabled();
  await expect(admin.getByTestId("why-not-reject")).toHaveText(
    "You prepared this withdrawal, so another admin must decide on it (four-eyes rule).",
  );

  // In the queue, the maker cannot tick it for bulk approval either, and is told why.
  await admin.goto(`/withdrawals?portfolio=${portfolio.id}`);
  await expect(admin.getByRole("checkbox", { name: /^Select withdrawal / })).toBeDisabled();
  await expect(admin.getByRole("checkbox", { name: /^Select withdrawal / })).toHaveAttribute("title", FOUR_EYES);

  // COMPLIANCE reads the same request and is offered no decision.
  const compliance = await pageAs(browser, "COMPLIANCE");
  await compliance.goto(`/withdrawals?portfolio=${portfolio.id}`);
  await compliance.getByRole("link", { name: money("500", portfolio.currency) }).click();
  await expect(compliance.getByTestId("withdrawal-summary")).toContainText(/Prepared by\s*admin@bank\.example/);
  await expect(compliance.getByRole("button", { name: /Prepare|Approve|Reject/ })).toHaveCount(0);

  // Another admin approves it from the queue in bulk: a progress bar and one result per request.
  const checker = await pageAs(browser, "ADMIN2");
  await checker.goto(`/withdrawals?portfolio=${portfolio.id}`);
  await checker.getByRole("checkbox", { name: /^Select withdrawal / }).check();
  await checker.getByRole("button", { name: "Approve selected (1)" }).click();
  await checker.getByRole("button", { name: "Confirm approval of 1" }).click();
  await expect(checker.getByRole("progressbar", { name: "Approval progress" })).toHaveAttribute("aria-valuenow", "100");
  await expect(checker.getByTestId("bulk-results")).toContainText("Approved; it will be paid out.");
  await expect(checker.getByTestId("withdrawal-row").getByTestId("withdrawal-state")).toHaveAttribute("data-state", "EXECUTED", {
    timeout: 30_000,
  });
});
