import { expect, test } from "@playwright/test";

import { control, INVESTSUITE, sandboxGet } from "../support/investsuite-sandbox";
import {
  approveAsSecondAdmin,
  FOUR_EYES,
  customerAsksToWithdraw,
  money,
  pageAs,
  waitForState,
  type WirePortfolio,
} from "../support/withdrawals";

test("a customer's withdrawal: sandbox → queue → cash available → STAFF prepares → another ADMIN approves → paid out", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const portfolio = await customerAsksToWithdraw(request, 500);

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

  const checker = await approveAsSecondAdmin(browser, detailUrl);
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
  const portfolio = await customerAsksToWithdraw(request, 500);
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
