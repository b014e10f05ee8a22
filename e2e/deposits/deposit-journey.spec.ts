import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";

import { expect, test, type Page } from "@playwright/test";

import { INVESTSUITE } from "../support/investsuite-sandbox";
import { freshRoboPortfolio, money, pageAs } from "../support/withdrawals";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

async function expectNoAxeViolations(page: Page) {
  await page.locator("html[data-hydrated]").waitFor();
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/**
 * A portfolio no other spec uses: claimed like the withdrawal specs' (a deposit raises its cash, and a
 * withdrawal spec that shared it saw its request jump straight to cash available).
 */
const freshPortfolio = freshRoboPortfolio;

test("a deposit above the threshold: STAFF records it from the portfolio → another admin (ADMIN2) approves → sent to InvestSuite once", async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const portfolio = await freshPortfolio(request);
  const reference = `E2E-${randomUUID().slice(0, 8)}`;

  // STAFF starts from the portfolio: its page offers "Record deposit", prefilled with the portfolio and its currency.
  const staff = await pageAs(browser, "STAFF");
  await staff.goto(`/portfolios/${portfolio.id}`);
  await staff.getByRole("link", { name: "Record deposit" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Record deposit" })).toBeVisible();
  const form = staff.getByRole("form", { name: "Record deposit" });
  await expect(form.getByLabel("Portfolio id")).toHaveValue(portfolio.id);
  await expect(form.getByLabel("Currency (the portfolio's)")).toHaveValue(portfolio.currency);
  await expectNoAxeViolations(staff);

  // A bad amount is refused next to its field before anything is sent.
  await form.getByLabel("Amount").fill("0");
  await form.getByLabel("Bank reference").fill(reference);
  await form.getByRole("button", { name: "Record deposit" }).click();
  await expect(form).toContainText("The amount must be more than 0.");
  await staff.screenshot({ path: "test-results/deposits-new-error.png", fullPage: true });

  await form.getByLabel("Amount").fill("25000");
  await form.getByRole("button", { name: "Record deposit" }).click();
  await staff.waitForURL(/\/deposits\/[^/]+$/);
  const summary = staff.getByTestId("deposit-summary");
  await expect(summary.getByTestId("deposit-state")).toHaveAttribute("data-state", "AWAITING_APPROVAL");
  await expect(summary).toContainText(money("25000", portfolio.currency));
  // STAFF records but never approves: no decision is offered.
  await expect(staff.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
  await expectNoAxeViolations(staff);
  const detailUrl = staff.url();

  // The same transfer cannot be recorded twice.
  await staff.goto(`/deposits/new?portfolio=${portfolio.id}`);
  const again = staff.getByRole("form", { name: "Record deposit" });
  await again.getByLabel("Amount").fill("25000");
  await again.getByLabel("Bank reference").fill(reference);
  await again.getByRole("button", { name: "Record deposit" }).click();
  await expect(again).toContainText("A deposit with this bank reference is already recorded for this portfolio.");

  // An admin finds it under "awaiting my approval" (the list's filters live in the URL).
  const admin = await pageAs(browser, "ADMIN2");
  await admin.goto("/");
  await admin.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "Deposits" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Deposits" })).toBeVisible();
  await admin.goto(`/deposits?mine=awaiting-my-approval&portfolio=${portfolio.id}`);
  await expect(admin.getByTestId("deposit-row")).toHaveCount(1);
  await expectNoAxeViolations(admin);
  await admin.screenshot({ path: "test-results/deposits-list.png", fullPage: true });
  await admin
    .getByTestId("deposit-row")
    .getByRole("link", { name: money("25000", portfolio.currency) })
    .click();
  await admin.waitForURL(detailUrl);
  await admin.getByRole("button", { name: "Approve", exact: true }).click();
  await admin.getByRole("button", { name: "Confirm approve" }).click();

  // The worker sends it within seconds; the page refreshes itself while it does.
  // Within seconds normally; up to one retry (30 s later) when the machine is loaded.
  await expect(admin.getByTestId("deposit-summary").getByTestId("deposit-state")).toHaveAttribute("data-state", "SENT", {
    timeout: 75_000,
  });
  const timeline = admin.getByTestId("deposit-timeline");
  await expect(timeline).toContainText("staff@bank.example");
  await expect(timeline).toContainText("admin2@bank.example");
  await expect(timeline).toContainText("the sending worker");
  await expect(admin.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
  await expectNoAxeViolations(admin);
  await admin.screenshot({ path: "test-results/deposits-detail-sent.png", fullPage: true });

  // At InvestSuite: exactly one funding event for this portfolio, with our amount and reference.
  const transfers = (await (await request.get(`${INVESTSUITE}/__sandbox/cash-transfers?portfolio=${portfolio.id}`)).json()) as {
    results: { type: string; amount: string; external_id: string | null }[];
  };
  const deposits = transfers.results.filter((t) => t.type === "CASH_DEPOSIT");
  expect(deposits).toHaveLength(1);
  expect(deposits[0]).toMatchObject({ amount: "25000", external_id: reference });
});
