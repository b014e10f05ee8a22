import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";

import { query } from "../support/db";
import { control, sandboxGet } from "../support/investsuite-sandbox";
import { customerAsksToWithdraw, money, pageAs, waitForState, type WirePortfolio } from "../support/withdrawals";

/** Issue #18 done-when 4: the approver sees who is paid, where and how much before releasing money. */

type Owner = { first_name?: string | null; last_name?: string | null };

/** The payee as InvestSuite states it: the owner's name and the last four of the portfolio's IBAN. */
async function expectedPayee(request: APIRequestContext, portfolioId: string) {
  const p = await sandboxGet<WirePortfolio & { owned_by_user_id: string; brokerage_account: { bank_account_number: string } }>(
    request,
    `/portfolios/${portfolioId}/`,
  );
  const owner = await sandboxGet<Owner>(request, `/users/${p.owned_by_user_id}/`);
  return { name: [owner.first_name, owner.last_name].filter(Boolean).join(" "), last4: p.brokerage_account.bank_account_number.slice(-4) };
}

/** A prepared request of `amount` on a fresh portfolio, waiting for an admin's approval; returns its id. */
async function preparedWithdrawal(browser: Browser, request: APIRequestContext, amount: number) {
  const portfolio = await customerAsksToWithdraw(request, amount);
  const staff = await pageAs(browser, "STAFF");
  await waitForState(staff, portfolio.id, "REQUESTED");
  await control(request, `/portfolios/${portfolio.id}/free-cash`);
  const row = await waitForState(staff, portfolio.id, "CASH_AVAILABLE");
  const id = await row.getAttribute("data-withdrawal-id");
  await staff.goto(`/withdrawals/${id}`);
  await staff.getByRole("button", { name: "Prepare", exact: true }).click();
  await staff.getByRole("button", { name: "Confirm prepare" }).click();
  await expect(staff.getByTestId("withdrawal-summary")).toContainText(/Prepared by\s*staff@bank\.example/);
  await staff.context().close();
  return { id: id!, portfolio, amount };
}

test("bulk approval shows each payee (name, masked account, amount) and the total per currency before it is confirmed", async ({
  browser,
  request,
}) => {
  test.setTimeout(150_000);
  const a = await preparedWithdrawal(browser, request, 500);
  const b = await preparedWithdrawal(browser, request, 250);

  const checker = await pageAs(browser, "ADMIN2");
  await checker.goto(`/withdrawals?state=CASH_AVAILABLE&sort=newest&size=100`);
  await checker.locator("html[data-hydrated]").waitFor();
  for (const w of [a, b]) await checker.locator(`[data-withdrawal-id="${w.id}"]`).getByRole("checkbox").check();
  await checker.getByRole("button", { name: "Approve selected (2)" }).click();

  const dialog = checker.getByRole("alertdialog");
  for (const w of [a, b]) {
    const payee = dialog.locator(`[data-testid="payee"][data-withdrawal-id="${w.id}"]`);
    const expected = await expectedPayee(request, w.portfolio.id);
    await expect(payee.getByTestId("payee-name")).toHaveText(expected.name);
    await expect(payee.getByTestId("payee-account")).toContainText(expected.last4);
    await expect(payee.getByTestId("payee-account")).toContainText("•");
    await expect(payee).toContainText(money(String(w.amount), w.portfolio.currency));
  }
  const totals = new Map<string, number>();
  for (const w of [a, b]) totals.set(w.portfolio.currency, (totals.get(w.portfolio.currency) ?? 0) + w.amount);
  for (const [currency, total] of totals)
    await expect(dialog.locator(`[data-testid="currency-total"][data-currency="${currency}"]`)).toContainText(
      money(String(total), currency),
    );

  // Nothing is approved until the confirmation.
  expect(await query(`SELECT id FROM "WithdrawalApproval" WHERE "withdrawalId" = ANY($1)`, [[a.id, b.id]])).toHaveLength(0);
  await dialog.getByRole("button", { name: "Confirm approval of 2" }).click();
  await expect(checker.getByTestId("bulk-results").getByText("Approved; it will be paid out.")).toHaveCount(2);
});

test("an admin approves one withdrawal with the keyboard only, seeing the payee first", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const w = await preparedWithdrawal(browser, request, 500);
  const expected = await expectedPayee(request, w.portfolio.id);

  const checker = await pageAs(browser, "ADMIN2");
  await checker.goto(`/withdrawals/${w.id}`);
  await checker.locator("html[data-hydrated]").waitFor();
  const approve = checker.getByRole("button", { name: "Approve", exact: true });
  // Tab through the page from the top until the Approve button has focus.
  for (let i = 0; i < 80 && !(await approve.evaluate((el) => el === document.activeElement)); i++) await checker.keyboard.press("Tab");
  await expect(approve).toBeFocused();
  await checker.keyboard.press("Enter");

  const dialog = checker.getByRole("alertdialog");
  await expect(dialog.getByTestId("payee-name")).toHaveText(expected.name);
  await expect(dialog.getByTestId("payee-account")).toContainText(expected.last4);
  await expect(dialog).toContainText(money("500", w.portfolio.currency));
  // Focus starts on Cancel (a stray Enter harms nothing); Tab moves to the confirmation.
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await checker.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Confirm approve" })).toBeFocused();
  await checker.keyboard.press("Enter");

  await expect(checker.getByTestId("withdrawal-summary").getByTestId("withdrawal-state")).toHaveAttribute(
    "data-state",
    /APPROVED|EXECUTING|EXECUTED/,
    {
      timeout: 30_000,
    },
  );
  const approvals = await query<{ email: string }>(
    `SELECT u.email FROM "WithdrawalApproval" a JOIN "User" u ON u.id = a."approverId" WHERE a."withdrawalId" = $1`,
    [w.id],
  );
  expect(approvals).toEqual([{ email: "admin2@bank.example" }]);
});
