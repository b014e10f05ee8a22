import { randomUUID } from "node:crypto";

import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";

import { query } from "../support/db";
import { authFile, DEMO } from "../support/users";

const WISEALPHA = `${process.env.E2E_SANDBOX_URL ?? "http://127.0.0.1:4010"}/wisealpha`;

async function pageAs(browser: Browser, role: keyof typeof DEMO): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile(role) });
  return context.newPage();
}

const card = (page: Page, id: string) => page.getByTestId(`inbox-card-${id}`);
const countOf = async (page: Page, id: string) => Number(await card(page, id).getAttribute("data-count"));

/** A WiseAlpha-free InvestSuite withdrawal whose cash is available, with a portfolio of its own. */
async function cashAvailableWithdrawal() {
  const id = randomUUID();
  await query(
    `INSERT INTO "WithdrawalRequest" (id, provider, "portfolioRef", currency, amount, state, "idempotencyKey", "createdAt", "updatedAt")
     VALUES ($1, 'INVESTSUITE', $2, 'EUR', 321.00, 'CASH_AVAILABLE', $3, now(), now())`,
    [id, `P-e2e-${id}`, `wd-e2e-${id}`],
  );
  return id;
}

const CARDS = {
  STAFF: {
    shown: ["withdrawals-ready-to-prepare", "withdrawals-prepared-by-me", "orders-to-confirm", "events-failed"],
    hidden: ["withdrawals-awaiting-my-approval", "cases-mine-open"],
  },
  COMPLIANCE: {
    shown: ["cases-mine-open", "cases-unassigned", "invitations-ready-to-invest", "events-failed"],
    hidden: ["withdrawals-awaiting-my-approval", "orders-to-confirm", "withdrawals-prepared-by-me"],
  },
  ADMIN: { shown: ["withdrawals-awaiting-my-approval", "cases-mine-open", "orders-to-confirm", "events-dead"], hidden: [] as string[] },
} as const;

for (const role of ["STAFF", "COMPLIANCE", "ADMIN"] as const) {
  test(`${role}: the home shows the cards the role may see, without accessibility violations`, async ({ browser }) => {
    const page = await pageAs(browser, role);
    await page.goto("/");
    await expect(page.getByTestId("inbox")).toBeVisible();
    for (const id of CARDS[role].shown) await expect(card(page, id)).toBeVisible();
    for (const id of CARDS[role].hidden) await expect(card(page, id)).toHaveCount(0);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("each card's count equals the rows of the list it opens (ADMIN)", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await pageAs(browser, "ADMIN");
  await cashAvailableWithdrawal();
  await page.goto("/");
  await expect(page.getByTestId("inbox")).toBeVisible();
  const ids = await page
    .locator('[data-testid^="inbox-card-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")!.slice(11)));
  const rowsOf: Record<string, string> = {
    Withdrawals: "withdrawal-row",
    Onboarding: '[data-testid="cases-table"] tbody tr',
    "orders-to-confirm": "order-row",
    "orders-lost-placements": "placement-row",
    "events-rejected-deliveries": "rejection-row",
    "deposits-awaiting-my-approval": "deposit-row",
  };
  for (const id of ids) {
    await page.goto("/");
    const count = await countOf(page, id);
    // Compared on one page of each list (the kit's lists page by 25 by default); the event log's counts are checked below.
    if (count > 25 || (id.startsWith("events-") && id !== "events-rejected-deliveries")) continue;
    const href = (await card(page, id)
      .getByRole("link", { name: /^Open the list/ })
      .getAttribute("href"))!;
    await page.goto(href);
    const selector = rowsOf[id] ?? (id.startsWith("withdrawals-") ? rowsOf.Withdrawals : rowsOf.Onboarding)!;
    const rows = selector.includes(" ") ? page.locator(selector) : page.getByTestId(selector);
    await expect(rows, `${id} → ${href}`).toHaveCount(count);
  }
  // The event cards show the figure the log shows for that status.
  await page.goto("/");
  const failed = await countOf(page, "events-failed");
  await page.goto("/events?status=FAILED");
  await expect(page.getByTestId("status-count-FAILED")).toContainText(String(failed));
});

test("a withdrawal prepared by STAFF awaits an ADMIN's approval, not its preparer's; the preparer's bell tells of the approval", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const id = await cashAvailableWithdrawal();
  const staff = await pageAs(browser, "STAFF");
  const admin = await pageAs(browser, "ADMIN");
  await admin.goto("/");
  const awaiting = card(admin, "withdrawals-awaiting-my-approval");
  await expect(awaiting).toBeVisible();

  await staff.goto(`/withdrawals/${id}`);
  await staff.locator("html[data-hydrated]").waitFor();
  await staff.getByRole("button", { name: "Prepare", exact: true }).click();
  await staff.getByRole("button", { name: "Confirm prepare" }).click();
  await expect(staff.getByTestId("withdrawal-summary")).toContainText(/Prepared by\s*staff@bank\.example/);

  // The admin's open home picks it up by itself (polling), within 5 s.
  await expect(awaiting.locator(`a[href="/withdrawals/${id}"]`)).toBeVisible({ timeout: 5_000 });
  await staff.goto("/");
  await expect(card(staff, "withdrawals-awaiting-my-approval")).toHaveCount(0);
  await staff.goto("/withdrawals?queue=prepared-by-me");
  await expect(staff.getByTestId("withdrawal-row").filter({ has: staff.locator(`a[href="/withdrawals/${id}"]`) })).toHaveCount(1);
  await staff.goto("/withdrawals?queue=awaiting-my-approval");
  await expect(staff.locator(`a[href="/withdrawals/${id}"]`)).toHaveCount(0);

  // The admin approves it; the preparer's bell shows it within 5 s.
  await staff.goto("/");
  const unreadBefore = Number(await staff.getByTestId("notification-unread").textContent());
  // The card's link was seen above; by now other specs' requests may have pushed it out of the card's
  // first few, so the admin opens the same address directly.
  await admin.goto(`/withdrawals/${id}`);
  await admin.locator("html[data-hydrated]").waitFor();
  await admin.getByRole("button", { name: "Approve", exact: true }).click();
  await admin.getByRole("button", { name: "Confirm approve" }).click();
  // (The payout that follows may add "failed" or "paid out" for this made-up portfolio: at least one more.)
  const unread = async () => Number(await staff.getByTestId("notification-unread").textContent());
  await expect(async () => expect(await unread()).toBeGreaterThan(unreadBefore)).toPass({ timeout: 5_000 });
  await staff.getByTestId("notification-bell").click();
  const approved = staff.getByTestId("notification").filter({ hasText: "A withdrawal you prepared was approved" });
  await expect(approved).toHaveCount(1);
  const beforeMark = await unread();
  await approved.getByRole("button", { name: "Mark read" }).click();
  await expect(approved.getByRole("button", { name: "Mark read" })).toHaveCount(0);
  await expect(async () => expect(await unread()).toBeLessThan(beforeMark + 1)).toPass({ timeout: 5_000 });
  // The bell shows it read at once; the server records it when its action has run.
  await expect(async () => {
    const [row] = await query<{ readAt: string | null }>(
      `SELECT n."readAt" FROM "Notification" n JOIN "User" u ON u.id = n."userId" WHERE u.email = $1 AND n."targetId" = $2 AND n.kind = 'withdrawal.approved'`,
      [DEMO.STAFF.email, id],
    );
    expect(row?.readAt).not.toBeNull();
  }).toPass({ timeout: 10_000 });
  // And it stays read after a reload.
  await staff.reload();
  await staff.getByTestId("notification-bell").click();
  await expect(staff.getByTestId("notification").filter({ hasText: "A withdrawal you prepared was approved" })).toHaveCount(1);
  await expect(
    staff
      .getByTestId("notification")
      .filter({ hasText: "A withdrawal you prepared was approved" })
      .getByRole("button", { name: "Mark read" }),
  ).toHaveCount(0);
});

test("a re-price at the sandbox appears under orders to confirm within 5 s and is confirmed from there", async ({ browser, request }) => {
  test.setTimeout(300_000);
  await expect(async () => {
    const [sync] = await query<{ ok: boolean }>(`SELECT "succeededAt" IS NOT NULL AS ok FROM "OrderBookSync" WHERE provider = 'WISEALPHA'`);
    expect(sync?.ok).toBe(true);
  }).toPass({ timeout: 180_000 });
  const [order] = await query<{ id: string; productId: string; price: string }>(
    `SELECT id, "productId", price::text AS price FROM "OrderBookEntry"
      WHERE state = 'OPEN' AND (side = 'SELL' OR "orderType" = 'gross')
        AND "productId" NOT IN (SELECT "productId" FROM "OrderBookEntry" WHERE state = 'CONFIRM')
      ORDER BY side, id DESC LIMIT 1`,
  );
  const staff = await pageAs(browser, "STAFF");
  await staff.goto("/");
  const toConfirm = card(staff, "orders-to-confirm");
  await expect(toConfirm).toBeVisible();

  const newPrice = (Number(order!.price) + 0.75).toFixed(4);
  const repriced = await request.post(`${WISEALPHA}/__sandbox/products/${order!.productId}/price`, { data: { price: newPrice } });
  expect(repriced.ok(), await repriced.text()).toBe(true);
  // The webhook and the worker bring the change into our book; from then the open home shows it within 5 s.
  await expect(async () => {
    const [row] = await query<{ state: string }>(`SELECT state FROM "OrderBookEntry" WHERE id = $1`, [order!.id]);
    expect(row?.state).toBe("CONFIRM");
  }).toPass({ timeout: 60_000 });
  await expect(toConfirm.locator(`a[href="/orders/to-confirm#order-${order!.id}"]`)).toBeVisible({ timeout: 5_000 });

  await toConfirm.getByRole("link", { name: /^Open the list/ }).click();
  const row = staff.locator(`[data-testid="order-row"][data-order-id="${order!.id}"]`);
  await staff.locator("html[data-hydrated]").waitFor();
  await row.getByRole("button", { name: "Confirm", exact: true }).click();
  await row.getByRole("button", { name: "Yes, confirm at new price" }).click();
  await expect(staff.getByText(/Confirmed at/)).toBeVisible({ timeout: 20_000 });
  await expect(row).toHaveCount(0, { timeout: 10_000 });
  const [renewed] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "OrderBookEntry" WHERE id = $1 AND state = 'CONFIRM'`, [
    order!.id,
  ]);
  expect(renewed!.n).toBe(0);
});

test("a case assigned to the reviewer shows on the reviewer's home", async ({ browser }) => {
  const ref = `9${Date.now()}`;
  await query(
    `INSERT INTO "OnboardingCase" (id, "subjectType", "subjectRef", "displayName", status, "createdAt", "updatedAt")
     VALUES ($1, 'WISEALPHA_CUSTOMER', $2, 'E2E Inbox Reviewer Case', 'NEW', now(), now())`,
    [randomUUID(), ref],
  );
  const reviewer = await pageAs(browser, "COMPLIANCE");
  await reviewer.goto("/");
  const mine = card(reviewer, "cases-mine-open");
  const before = await countOf(reviewer, "cases-mine-open");
  await reviewer.goto(`/onboarding/cases?view=all&q=${ref}`);
  await reviewer.getByRole("link", { name: "E2E Inbox Reviewer Case" }).click();
  await reviewer.locator("html[data-hydrated]").waitFor();
  await reviewer.getByRole("button", { name: "Claim", exact: true }).click();
  await expect(reviewer.getByRole("button", { name: "Release", exact: true })).toBeVisible();
  await reviewer.goto("/");
  await expect(mine).toHaveAttribute("data-count", String(before + 1));
  await mine.getByRole("link", { name: /^Open the list/ }).click();
  await expect(reviewer.getByTestId(`case-row-${ref}`)).toBeVisible();
});

test("a failed event appears on an ADMIN's home within 5 s", async ({ browser }) => {
  const admin = await pageAs(browser, "ADMIN");
  await admin.goto("/");
  const failed = card(admin, "events-failed");
  await expect(failed).toBeVisible();
  const type = `e2e.inbox-failed-${Date.now()}`;
  const [row] = await query<{ id: string }>(
    `INSERT INTO "ProviderEvent" (provider, "providerEventId", type, transport, signature, status, "lastError", "receivedAt", "lastDeliveredAt")
     VALUES ('WISEALPHA', $1, $2, 'WEBHOOK', 'VALID', 'FAILED', 'handler threw', now() - interval '1 hour', now()) RETURNING id::text AS id`,
    [`EV-${randomUUID()}`, type],
  );
  // It is the oldest failure only if none is older; the count moves either way.
  await expect(async () => {
    const [n] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "ProviderEvent" WHERE status = 'FAILED'`);
    await expect(failed).toHaveAttribute("data-count", String(n!.n), { timeout: 1_000 });
  }).toPass({ timeout: 5_000 });
  await admin.goto(`/events/${row!.id}`);
  await expect(admin.getByText(type).first()).toBeVisible();
});

test("global search is driven by the keyboard alone: Ctrl-K, type an id, arrows, Enter", async ({ browser }) => {
  const id = await cashAvailableWithdrawal();
  const providerEventId = `EV-search-${randomUUID()}`;
  const [event] = await query<{ id: string }>(
    `INSERT INTO "ProviderEvent" (provider, "providerEventId", type, transport, signature, status, "receivedAt", "lastDeliveredAt")
     VALUES ('CASHLINK', $1, 'investment.status_changed', 'WEBHOOK', 'VALID', 'PROCESSED', now(), now()) RETURNING id::text AS id`,
    [providerEventId],
  );
  const page = await pageAs(browser, "STAFF");
  await page.goto("/");
  await page.locator("html[data-hydrated]").waitFor();
  await page.keyboard.press("Control+k");
  const input = page.getByTestId("global-search-input");
  await expect(input).toBeFocused();
  await page.keyboard.type(id);
  const hit = page.getByTestId("search-hit").filter({ hasText: `Withdrawal ${id}` });
  await expect(hit).toBeVisible();
  await expect(page.getByTestId("global-search-results")).toContainText("Withdrawals");
  await page.keyboard.press("Enter");
  await page.waitForURL(`**/withdrawals/${id}`);

  await page.keyboard.press("Control+k");
  await page.keyboard.type(providerEventId);
  await expect(page.getByTestId("search-hit").filter({ hasText: "Cashlink" })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await page.waitForURL(`**/events/${event!.id}`);
  await page.keyboard.press("Control+k");
  await expect(input).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(input).toHaveCount(0);
});
