import { expect, test, type APIRequestContext } from "@playwright/test";

import { approveAsSecondAdmin, pageAs } from "../support/withdrawals";

// scripts/test.ts passes the e2e stack's sandbox; without it, a developer's `npm start` sandbox (README).
const WISEALPHA = `${process.env.E2E_SANDBOX_URL ?? "http://127.0.0.1:4010"}/wisealpha/v1`;
// The sandbox's published demo super key and customer (sandbox/wisealpha/README.md).
const TOKEN = { Authorization: "Token wa-sandbox-super-0000000000000000000000000" };
const CUSTOMER = "10000001";
const ACCOUNT = "INVACC00000001";

async function gbpBalance(request: APIRequestContext): Promise<number> {
  const response = await request.get(`${WISEALPHA}/customers/${CUSTOMER}/investment-accounts/${ACCOUNT}/balances/GBP/`, { headers: TOKEN });
  expect(response.ok()).toBe(true);
  return Number(((await response.json()) as { amount: string }).amount);
}

test("STAFF requests a WiseAlpha withdrawal (refusals next to the fields), another ADMIN approves, WiseAlpha pays it once", async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  // Cents of its own, so a rerun against the same stack finds its own transaction.
  const amount = `1.${String(Math.floor(Math.random() * 90) + 10)}`;
  const staff = await pageAs(browser, "STAFF");
  await staff.goto("/withdrawals");
  await staff.getByRole("link", { name: "New WiseAlpha withdrawal" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "New WiseAlpha withdrawal" })).toBeVisible();
  await staff.locator("html[data-hydrated]").waitFor();

  const form = staff.getByRole("form", { name: "New WiseAlpha withdrawal" });
  await form.getByLabel("Customer ID").fill(CUSTOMER);
  await form.getByLabel("Investment account ID").fill(ACCOUNT);
  await form.getByLabel("Currency").fill("GBP");
  // A malformed amount is refused in the browser, next to the field.
  await form.getByLabel("Amount").fill("12.345");
  await form.getByRole("button", { name: "Queue withdrawal" }).click();
  await expect(staff.locator("#wa-amount-error")).toHaveText("Enter an amount like 250 or 250.50 (digits, at most 2 decimal places).");
  // More than the account holds: WiseAlpha's balance is checked on the server, and the answer lands by the field too.
  await form.getByLabel("Amount").fill("99999999");
  await form.getByRole("button", { name: "Queue withdrawal" }).click();
  await expect(staff.locator("#wa-amount-error")).toContainText(/^Only [\d.]+ GBP is available to withdraw/);

  const before = await gbpBalance(request);
  await form.getByLabel("Amount").fill(amount);
  await form.getByRole("button", { name: "Queue withdrawal" }).click();
  // The detail page reads WiseAlpha's balance on the server: allow for a slow provider (and a busy machine).
  await expect(staff.getByTestId("withdrawal-summary").getByTestId("withdrawal-state")).toHaveAttribute("data-state", "CASH_AVAILABLE", {
    timeout: 20_000,
  });
  await expect(staff.getByTestId("withdrawal-summary")).toContainText(/Prepared by\s*staff@bank\.example/);
  await expect(staff.getByTestId("provider-view")).toContainText("may withdraw");
  await expect(staff.getByTestId("provider-balance-GBP")).toHaveText(/^[\d.]+ GBP$/);
  const detailUrl = staff.url();

  const checker = await approveAsSecondAdmin(browser, detailUrl);
  await expect(checker.getByTestId("withdrawal-summary")).toContainText("WiseAlpha transaction");

  // At WiseAlpha: the balance fell by exactly the amount (paid once).
  expect(Math.round((before - (await gbpBalance(request))) * 100)).toBe(Math.round(Number(amount) * 100));
});
