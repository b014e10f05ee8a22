import { createHmac, randomUUID } from "node:crypto";

import { expect, test, type APIRequestContext } from "@playwright/test";

import { query } from "../support/db";
import { authFile } from "../support/users";

// The sandbox's demo WiseAlpha webhook key, handed out base64-encoded and used decoded (lib/events/signatures.ts).
const WA_KEY = Buffer.from("c2FuZGJveC13aXNlYWxwaGEtd2ViaG9vay1rZXk=", "base64");

/** Delivers one event exactly as WiseAlpha would: signed raw body to the public webhook route. */
async function deliverWiseAlphaEvent(request: APIRequestContext, type = "account.document-rejected") {
  const id = `EV-e2e-${randomUUID()}`;
  const customer = `CUST-E2E-${Date.now()}`;
  const body = JSON.stringify({
    id,
    created: new Date().toISOString(),
    event_type: type,
    customer_id: customer,
    data: { document: { type: "proof_of_address", rejection_reason: "Blurred" } },
  });
  const signature = createHmac("sha256", WA_KEY).update(body).digest("base64");
  const response = await request.post("/api/webhooks/wisealpha", {
    data: body,
    headers: { "content-type": "application/json", "x-wisealpha-signature": signature },
  });
  expect(response.status()).toBe(200);
  const [row] = await query<{ id: string }>(
    `SELECT id::text AS id FROM "ProviderEvent" WHERE provider = 'WISEALPHA' AND "providerEventId" = $1`,
    [id],
  );
  return { providerEventId: id, customer, eventId: row!.id };
}

test.describe("ADMIN", () => {
  test.use({ storageState: authFile("ADMIN") });

  test("a delivered event appears in the live log within 2 s, and an admin replays it from its page (audited)", async ({
    page,
    request,
  }) => {
    await page.goto("/events");
    await page.getByRole("switch", { name: "Live tail" }).check();
    await expect(page.getByTestId("tail-status")).toContainText("Watching");

    const delivered = await deliverWiseAlphaEvent(request);
    const row = page.locator(`[data-testid="event-row"][data-event-id="${delivered.eventId}"]`);
    await expect(row).toBeVisible({ timeout: 2_000 });
    await expect(row).toContainText("account.document-rejected");
    await expect(row).toContainText(delivered.customer);

    // The onboarding handler settles this event as PROCESSED; make it a dead-lettered failure instead,
    // as a handler that kept throwing would leave it, waiting for a person to replay it.
    await query(`UPDATE "ProviderEvent" SET status = 'DEAD', attempts = 6, "lastError" = 'e2e: handler threw' WHERE id = $1::bigint`, [
      delivered.eventId,
    ]);

    await row.getByRole("link", { name: "account.document-rejected" }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${delivered.eventId}$`));
    await expect(page.getByText("e2e: handler threw")).toBeVisible();
    await expect(page.getByTestId("event-payload")).toContainText('"rejection_reason": "Blurred"');
    await expect(page.getByTestId("event-entities")).toContainText(delivered.customer);

    await page.getByRole("button", { name: "Replay", exact: true }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Replay", exact: true }).click();
    await expect(page.getByText("Event queued for replay.")).toBeVisible();

    // Replay re-runs the processing (the worker picks it up within a sweep); it never stores the event again.
    await expect
      .poll(
        async () =>
          (
            await query<{ status: string; attempts: number; lastError: string | null }>(
              `SELECT status::text, attempts, "lastError" FROM "ProviderEvent" WHERE id = $1::bigint`,
              [delivered.eventId],
            )
          )[0],
        { timeout: 10_000 },
      )
      .toEqual({ status: "PROCESSED", attempts: 1, lastError: null });
    expect(await query(`SELECT 1 FROM "ProviderEvent" WHERE "providerEventId" = $1`, [delivered.providerEventId])).toHaveLength(1);
    const audits = await query<{ actorEmail: string; outcome: string }>(
      `SELECT "actorEmail", outcome::text FROM "AuditEntry" WHERE action = 'event.replayed' AND "targetId" = $1`,
      [delivered.eventId],
    );
    expect(audits).toEqual([{ actorEmail: "admin@bank.example", outcome: "SUCCESS" }]);

    // The audit trail shows it too.
    await page.goto(`/audit?action=event.replayed&target=${delivered.eventId}`);
    await expect(page.getByTestId("audit-row")).toHaveCount(1);
  });

  test("filters stay in the URL and the payload text search finds the event", async ({ page, request }) => {
    const delivered = await deliverWiseAlphaEvent(request);
    await page.goto("/events");
    const filters = page.getByRole("form", { name: "Event filters" });
    await filters.getByLabel("Provider").selectOption("WISEALPHA");
    await filters.getByLabel("Text in payload").fill(delivered.providerEventId);
    await filters.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/provider=WISEALPHA/);
    await expect(page.getByTestId("event-row")).toHaveCount(1);
    await expect(page.getByTestId("event-row")).toHaveAttribute("data-event-id", delivered.eventId);
    await page.reload();
    await expect(page.getByLabel("Text in payload")).toHaveValue(delivered.providerEventId);
    await expect(page.getByRole("link", { name: "Export NDJSON" })).toBeVisible();

    // Without From the search looks back 24 h, and the page says so with wider windows one click away.
    const windowNote = page.getByTestId("text-search-window");
    await expect(windowNote).toContainText("the 24 hours before now");
    await windowNote.getByRole("link", { name: "7 days" }).click();
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}T\d{2}%3A\d{2}/);
    await expect(page).toHaveURL(new RegExp(`q=${delivered.providerEventId}`));
    await expect(page.getByTestId("event-row")).toHaveCount(1);
    await expect(page.getByLabel(/^From \(/)).not.toHaveValue(""); // typed in the person's zone, "From (Europe/Brussels)"
    await expect(windowNote).toHaveCount(0);

    // Clear shows the bare list, and the form no longer shows the filters it dropped.
    await filters.getByRole("button", { name: "Clear" }).click();
    await expect(page).toHaveURL(/\/events$/);
    await expect(filters.getByLabel("Provider")).toHaveValue("");
    await expect(filters.getByLabel("Text in payload")).toHaveValue("");
  });

  test("bulk replay works through the failed events of the filter with a progress bar, and is audited", async ({ page, request }) => {
    const type = `e2e.bulk-${Date.now()}`;
    const delivered = [];
    for (let i = 0; i < 3; i++) delivered.push(await deliverWiseAlphaEvent(request, type));
    await query(`UPDATE "ProviderEvent" SET status = 'DEAD' WHERE type = $1`, [type]);

    await page.goto(`/events?type=${type}`);
    await expect(page.getByTestId("status-count-DEAD")).toContainText("3");
    await page.getByRole("button", { name: "Replay failed events matching this filter" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Replay", exact: true }).click();
    await expect(page.getByText("3 of 3 replayed.")).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "Replay progress" })).toHaveAttribute("aria-valuenow", "100");

    // Each one is processed again by the worker.
    await expect
      .poll(
        async () =>
          (await query<{ status: string }>(`SELECT status::text FROM "ProviderEvent" WHERE type = $1`, [type])).map((r) => r.status),
        { timeout: 10_000 },
      )
      .toEqual(["UNHANDLED", "UNHANDLED", "UNHANDLED"]);
    const audits = await query<{ details: { count: number } }>(
      `SELECT details FROM "AuditEntry" WHERE action = 'events.replayed' AND details->'filter'->>'type' = $1`,
      [type],
    );
    expect(audits.map((a) => a.details.count)).toEqual([3]);
  });
});

test.describe("STAFF", () => {
  test.use({ storageState: authFile("STAFF") });

  test("reads events but has no Replay button and no export, and the export API refuses", async ({ page, request }) => {
    const delivered = await deliverWiseAlphaEvent(request);
    await query(`UPDATE "ProviderEvent" SET status = 'DEAD' WHERE id = $1::bigint`, [delivered.eventId]);

    await page.goto("/events");
    await expect(page.getByRole("heading", { name: "Events", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Replay failed events matching this filter" })).toHaveCount(0);

    await page.goto(`/events/${delivered.eventId}`);
    await expect(page.getByRole("heading", { name: "account.document-rejected" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Replay", exact: true })).toHaveCount(0);

    expect((await request.get("/api/events/export?format=csv")).status()).toBe(403);
    const [event] = await query<{ status: string }>(`SELECT status::text FROM "ProviderEvent" WHERE id = $1::bigint`, [delivered.eventId]);
    expect(event).toEqual({ status: "DEAD" });
  });
});
