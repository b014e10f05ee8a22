import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";

import { query } from "../support/db";
import { authFile, type DEMO } from "../support/users";

// scripts/test.ts passes the e2e stack's sandbox; without it, a developer's `npm start` sandbox (README).
const WISEALPHA = `${process.env.E2E_SANDBOX_URL ?? "http://127.0.0.1:4010"}/wisealpha`;
// The sandbox's published super-account key (sandbox/wisealpha/README.md).
const KEY = { Authorization: "Token wa-sandbox-super-0000000000000000000000000" };

type Entry = {
  id: string;
  originalId: string;
  customerRef: string;
  accountRef: string;
  productId: string;
  side: "BUY" | "SELL";
  price: string;
};
type WireOrder = { id: string; original_id: string; state: string; price: string };

async function pageAs(browser: Browser, role: keyof typeof DEMO): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile(role) });
  return context.newPage();
}

async function sandboxOrder(request: APIRequestContext, e: Entry, id = e.id): Promise<WireOrder> {
  const side = e.side === "BUY" ? "buy" : "sell";
  const response = await request.get(
    `${WISEALPHA}/v1/customers/${e.customerRef}/investment-accounts/${e.accountRef}/${side}-orders/${id}/`,
    {
      headers: KEY,
    },
  );
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as WireOrder;
}

/** The worker fills the book from WiseAlpha at start; the spec waits for that first round. */
async function waitForBook() {
  await expect(async () => {
    const [sync] = await query<{ ok: boolean }>(`SELECT "succeededAt" IS NOT NULL AS ok FROM "OrderBookSync" WHERE provider = 'WISEALPHA'`);
    expect(sync?.ok).toBe(true);
  }).toPass({ timeout: 180_000 });
}

/**
 * Open orders of one product no other order of ours touched: a sell (its confirm needs no extra
 * cash), or a gross buy; `skip` products already used by this run.
 */
async function openOrder(skipProducts: string[]): Promise<Entry> {
  const rows = await query<Entry>(
    `SELECT id, "originalId", "customerRef", "accountRef", "productId", side, price::text AS price FROM "OrderBookEntry"
      WHERE state = 'OPEN' AND (side = 'SELL' OR "orderType" = 'gross') AND NOT ("productId" = ANY($1))
        AND "productId" NOT IN (SELECT "productId" FROM "OrderBookEntry" WHERE state = 'CONFIRM')
      ORDER BY side DESC, id LIMIT 1`,
    [skipProducts],
  );
  if (!rows[0]) throw new Error("the book has no suitable open order");
  return rows[0];
}

const row = (page: Page, id: string) => page.locator(`[data-testid="order-row"][data-order-id="${id}"]`);

test("a re-priced order needs confirmation with old and new price; STAFF confirms it (new id, same original_id) and cancels another from the book", async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  await waitForBook();
  const order = await openOrder([]);
  const staff = await pageAs(browser, "STAFF");

  // STAFF finds the area from the navigation, then the product's book.
  await staff.goto("/");
  await staff.locator("html[data-hydrated]").waitFor();
  await staff.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "Orders" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await expect(staff.getByTestId("book-freshness")).toContainText("Order book as of");
  await staff.goto(`/orders/products/${order.productId}`);
  await expect(row(staff, order.id).getByTestId("order-state")).toHaveText("open");

  // The sandbox re-prices the product: WiseAlpha suspends the order and sends *-order.price-change.
  const oldPrice = Number(order.price).toFixed(4);
  const newPrice = (Number(order.price) + 1.25).toFixed(4);
  const repriced = await request.post(`${WISEALPHA}/__sandbox/products/${order.productId}/price`, { data: { price: newPrice } });
  expect(repriced.ok(), await repriced.text()).toBe(true);
  expect(((await repriced.json()) as { orders_to_confirm: string[] }).orders_to_confirm).toContain(order.id);

  // The event reaches the book through the webhook and the worker.
  await expect(async () => {
    await staff.goto(`/orders/products/${order.productId}`);
    await expect(row(staff, order.id).getByTestId("order-state")).toHaveText("needs confirmation", { timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  await expect(row(staff, order.id).getByTestId("order-price")).toHaveText(`${oldPrice} → ${newPrice}`);
  await expect(staff.getByTestId("depth")).toContainText("to confirm");

  await staff.locator("html[data-hydrated]").waitFor();
  await row(staff, order.id).getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(row(staff, order.id)).toContainText(`at the new price ${newPrice} (was ${oldPrice})`);
  await row(staff, order.id).getByRole("button", { name: "Yes, confirm at new price" }).click();
  await expect(staff.getByText(`same original ${order.originalId}`)).toBeVisible({ timeout: 15_000 });
  await expect(row(staff, order.id)).toHaveCount(0, { timeout: 15_000 });

  // A new id with the same original_id, at WiseAlpha and in the order's history.
  const [renewed] = await query<{ id: string; price: string }>(
    `SELECT id, price::text AS price FROM "OrderBookEntry" WHERE "originalId" = $1 AND id <> $2`,
    [order.originalId, order.id],
  );
  expect(renewed?.id).toMatch(/^MKT(BUY|SELL)/);
  expect(Number(renewed!.price).toFixed(4)).toBe(newPrice);
  const atWiseAlpha = await sandboxOrder(request, order, renewed!.id);
  expect(atWiseAlpha.original_id).toBe(order.originalId);
  expect((await sandboxOrder(request, order)).state).toBe("replaced");
  await staff.goto(`/orders/history/${order.originalId}`);
  const history = staff.getByTestId("order-history");
  await expect(history.locator('[data-kind="price_change"]')).toContainText(`old price ${oldPrice} → new price ${newPrice}`);
  await expect(history.locator('[data-kind="confirmed"]')).toContainText(`continues as ${renewed!.id}`);
  await expect(history.locator('[data-kind="confirmed"]')).toContainText("staff@bank.example");
  await expect(staff.locator(`[data-testid="order-row"][data-order-id="${renewed!.id}"]`)).toHaveAttribute(
    "data-original-id",
    order.originalId,
  );

  // Cancelling from the book removes the order at the sandbox.
  const other = await openOrder([order.productId]);
  await staff.goto(`/orders/products/${other.productId}`);
  await staff.locator("html[data-hydrated]").waitFor();
  await row(staff, other.id).getByRole("button", { name: "Cancel", exact: true }).click();
  await row(staff, other.id).getByRole("button", { name: "Yes, cancel order" }).click();
  await expect(staff.getByText(`Order ${other.id} cancelled at WiseAlpha.`)).toBeVisible({ timeout: 15_000 });
  await expect(row(staff, other.id)).toHaveCount(0, { timeout: 15_000 });
  expect((await sandboxOrder(request, other)).state).toBe("cancelled");
  const listed = await request.get(
    `${WISEALPHA}/v1/customers/${other.customerRef}/investment-accounts/${other.accountRef}/${other.side === "BUY" ? "buy" : "sell"}-orders/`,
    { headers: KEY },
  );
  expect(((await listed.json()) as { results: WireOrder[] }).results.map((o) => o.id)).not.toContain(other.id);
});

test("COMPLIANCE reads the book and the customer but is offered no trading", async ({ browser }) => {
  test.setTimeout(240_000);
  await waitForBook();
  const order = await openOrder([]);
  const compliance = await pageAs(browser, "COMPLIANCE");
  await compliance.goto(`/orders/products/${order.productId}`);
  await expect(row(compliance, order.id)).toBeVisible();
  await expect(compliance.getByRole("button", { name: /Cancel|Confirm/ })).toHaveCount(0);
  await compliance.goto(`/orders/customers/${order.customerRef}`);
  await expect(compliance.getByTestId("balances").first()).toBeVisible();
  await expect(compliance.getByRole("form", { name: "Quote an order" })).toHaveCount(0);
  await expect(compliance.getByRole("button", { name: /Cancel all/ })).toHaveCount(0);
});
