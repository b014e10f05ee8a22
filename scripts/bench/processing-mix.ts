import type { Provider } from "../../generated/prisma/enums";
import type { Db } from "../../lib/db/create-client";
import { ingestEvents } from "../../lib/events/ingest";
import type { StoredEventInput } from "../../lib/events/stored-event";

/**
 * #19's processing mix: half the events have handlers that write, in equal thirds
 * - InvestSuite `portfolios.divest-amount-update`: opens, supersedes (new amount) or cancels a withdrawal request;
 * - WiseAlpha `account.*`: a case, its timeline entry and status change (onWiseAlphaAccountEvent);
 * - WiseAlpha `buy-order.price-change`: moves a seeded order-book row to CONFIRM and adds a history row;
 * and half are of types without a handler (UNHANDLED, set-based). Several events per entity, in
 * increasing provider time, so per-entity order is exercised: each portfolio, customer and order
 * gets `perEntity` events of each of its kinds.
 */
export type MixEvent = { provider: Provider; event: StoredEventInput };

const ACCOUNT_TYPES = ["account.aml-check-passed", "account.document-rejected", "account.identity-documents-verified"] as const;

export function mixEvents(run: string, from: number, count: number, perEntity: number, createdAt: (i: number) => Date): MixEvent[] {
  const events: MixEvent[] = [];
  for (let i = from; i < from + count; i++) {
    const slot = i % 6;
    const n = Math.floor(i / 6);
    const entity = Math.floor(n / perEntity);
    const created = createdAt(i);
    const id = `mix-${run}-${i}`;
    const createdText = created.toISOString();
    if (slot === 0) {
      const portfolio = `P-mix-${run}-${entity}`;
      // A different amount each time: every update supersedes the open request (cancel + create).
      const raw = `{"id":"${id}","created":"${createdText}","version":"1.0.0","subject":"portfolios","action":"divest-amount-update","data":{"id":"${portfolio}","divest_amount":${100 + (n % perEntity)},"currency":"EUR","owned_by_user_id":"U-mix-${run}-${entity}"}}`;
      events.push({
        provider: "INVESTSUITE",
        event: {
          providerEventId: id,
          type: "portfolios.divest-amount-update",
          providerCreatedAt: created,
          refs: { portfolioRef: portfolio, userRef: `U-mix-${run}-${entity}` },
          rawPayload: raw,
        },
      });
    } else if (slot === 1) {
      const customer = `C-mix-${run}-${entity}`;
      const type = ACCOUNT_TYPES[n % ACCOUNT_TYPES.length]!;
      const raw = `{"id":"${id}","created":"${createdText}","event_type":"${type}","customer_id":"${customer}","data":{"document":{"type":"passport","type_display":"Passport","rejection_reason":"blurred"}}}`;
      events.push({
        provider: "WISEALPHA",
        event: { providerEventId: id, type, providerCreatedAt: created, refs: { customerRef: customer }, rawPayload: raw },
      });
    } else if (slot === 2) {
      const order = orderId(run, entity);
      const raw = `{"id":"${id}","created":"${createdText}","event_type":"buy-order.price-change","data":{"order_id":"${order}","original_id":"${order}","currency":"GBP","old_price":"100.5","new_price":"${(100 + (n % 50) / 10).toFixed(1)}","amount_remaining":"1000"}}`;
      events.push({
        provider: "WISEALPHA",
        event: {
          providerEventId: id,
          type: "buy-order.price-change",
          providerCreatedAt: created,
          refs: { orderRef: order },
          rawPayload: raw,
        },
      });
    } else if (slot === 3 || slot === 4) {
      // Unhandled, about the same portfolios as the divest updates: ordered with them.
      const portfolio = `P-mix-${run}-${entity}`;
      const raw = `{"id":"${id}","created":"${createdText}","version":"1.0.0","subject":"portfolios","action":"status-update","data":{"id":"${portfolio}","status":"ACTIVE"}}`;
      events.push({
        provider: "INVESTSUITE",
        event: {
          providerEventId: id,
          type: "portfolios.status-update",
          providerCreatedAt: created,
          refs: { portfolioRef: portfolio },
          rawPayload: raw,
        },
      });
    } else {
      const product = `BOND-${entity % 50}`;
      const raw = `{"id":"${id}","created":"${createdText}","event_type":"product.price-update","data":{"product_id":"${product}","price":"101.2"}}`;
      events.push({
        provider: "WISEALPHA",
        event: {
          providerEventId: id,
          type: "product.price-update",
          providerCreatedAt: created,
          refs: { investmentRef: product },
          rawPayload: raw,
        },
      });
    }
  }
  return events;
}

const orderId = (run: string, entity: number) => `MKTBUY-mix-${run}-${entity}`;

/** The order-book rows the price changes move (the handler only updates orders we know). */
export async function seedOrders(db: Db, run: string, orders: number) {
  for (let from = 0; from < orders; from += 1_000) {
    const ids = Array.from({ length: Math.min(1_000, orders - from) }, (_, k) => orderId(run, from + k));
    await db.$executeRawUnsafe(
      `INSERT INTO "OrderBookEntry" ("id", "originalId", "customerRef", "accountRef", "productId", "side", "state", "currency", "amount", "price",
                                     "providerCreatedAt", "lastSeenAt", "updatedAt")
       SELECT id, id, 'C-orders', 'A-orders', 'BOND-1', 'BUY'::"OrderSide", 'OPEN'::"OrderEntryState", 'GBP', 1000, 100.5, now(), now(), now() FROM unnest($1::text[]) AS id
       ON CONFLICT DO NOTHING`,
      ids,
    );
  }
}

/** Stores the events as the intake does (one INSERT … unnest per provider and batch); returns their new ids. */
export async function storeMix(db: Db, events: MixEvent[]): Promise<bigint[]> {
  const ids: bigint[] = [];
  for (const provider of ["INVESTSUITE", "WISEALPHA"] as const) {
    const mine = events.filter((e) => e.provider === provider).map((e) => e.event);
    for (let i = 0; i < mine.length; i += 1_000) {
      const { newIds } = await ingestEvents(
        db,
        { provider, transport: provider === "INVESTSUITE" ? "AMQP" : "WEBHOOK", signature: "VALID" },
        mine.slice(i, i + 1_000),
      );
      ids.push(...newIds);
    }
  }
  return ids;
}

/** Orders a mix of `count` events needs. */
export const ordersFor = (count: number, perEntity: number) => Math.ceil(count / 6 / perEntity) + 1;
