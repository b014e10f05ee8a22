import type { FastifyInstance } from "fastify";
import { z } from "zod";

import { principalOf } from "./auth";
import { listCollection } from "./collections";
import { asJsonNumber } from "./decimal-json";
import { notFound } from "./errors";
import { entityId, idPattern } from "./ids";
import { amountSchema } from "./portfolio-schema";
import { getPortfolio } from "./portfolios-routes";
import { route } from "./routes-util";
import type { Runtime } from "./runtime";
import { isoDatetime, type CashTransfer, type Movement, type Transaction } from "./state";
import { parseOrThrow } from "./validation";

/**
 * Transactions (provider-apis.md §1.8; the seeds only say holdings are not updated by them,
 * seed 002 "Consistency"). POST and PATCH are documented; the collection GET follows seed 001
 * ("every entity type can be queried by issuing a GET request"). Holdings are never touched:
 * the middleware keeps them in sync itself.
 */

export const MOVEMENT_TYPES = [
  "CASH_DEPOSIT",
  "CASH_DIVIDEND",
  "CASH_WITHDRAWAL",
  "COUPON",
  "BUY",
  "SELL",
  "CORPORATE_ACTION_IN",
  "CORPORATE_ACTION_OUT",
  "REVERSE_STOCK_SPLIT",
  "STOCK_DIVIDEND",
  "STOCK_SPLIT",
  "TRANSFER_IN",
  "TRANSFER_OUT",
  "CUSTODY_FEE",
  "INSTRUMENT_ENTRY_EXIT_FEE",
  "MANAGEMENT_FEE",
  "OTHER_FEE",
  "OTHER_TAX",
  "SERVICE_ENTRY_EXIT_FEE",
  "TRANSACTION_FEE",
  "WITHHOLDING_TAX",
] as const;
export const MOVEMENT_STATUSES = ["PLANNED", "PENDING", "PLACED", "EXECUTED", "SETTLED", "CANCELLED", "NOT_EXECUTED", "EXPIRED"] as const;
const REQUEST_GROUP = new Set(["PLANNED", "PENDING", "PLACED"]);

// ISIN or `$CCY`; the docs' own regex is cut off after these two alternatives.
const INSTRUMENT_ID = /^(\$[A-Z]{3}|[A-Z]{2}[A-Z0-9]{9}[0-9])$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;

const movementSchema = z.strictObject({
  external_id: z.string().max(64).nullable().optional(),
  reference_external_id: z.string().max(64).nullable().optional(),
  type: z.enum(MOVEMENT_TYPES),
  status: z.enum(MOVEMENT_STATUSES),
  datetime: z.string().regex(DATETIME),
  instrument_id: z.string().regex(INSTRUMENT_ID),
  quantity: amountSchema,
  unit_price: amountSchema.nullable().optional(),
  unit_price_currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable()
    .optional(),
  description: z.string().max(256).nullable().optional(),
  reference_instrument_id: z.string().regex(INSTRUMENT_ID).nullable().optional(),
  trade_type: z.enum(["CANCEL", "REBOOK", "INSTRUMENT_CHANGE", "CORRECTION"]).nullable().optional(),
});

// Status is derived from the movements and cannot be edited: a `status` key is an extra field.
const transactionSchema = z.strictObject({
  external_id: z.string().max(64).nullable().optional(),
  optimization_id: z.string().regex(idPattern("O")).nullable().optional(),
  order_type: z.enum(["MARKET", "LIMIT"]).nullable().optional(),
  movements: z.array(movementSchema).min(1),
});
const patchSchema = transactionSchema.partial();

type IdParams = { id: string; tid: string };

/** The transaction kind from its movements (Order, Cash Transfer, Corporate Action, Security Transfer, Administrative). */
export function transactionType(movements: readonly Movement[]): string {
  const types = new Set(movements.map((m) => m.type));
  if (types.has("BUY") || types.has("SELL")) return "ORDER";
  if (types.has("CASH_DEPOSIT") || types.has("CASH_WITHDRAWAL")) return "CASH_TRANSFER";
  if (types.has("TRANSFER_IN") || types.has("TRANSFER_OUT")) return "SECURITY_TRANSFER";
  if ([...types].some((t) => t.startsWith("CORPORATE_ACTION") || t.includes("SPLIT") || t.includes("DIVIDEND") || t === "COUPON"))
    return "CORPORATE_ACTION";
  return "ADMINISTRATIVE";
}

/** Status derived from the movements: the latest execution-group status wins, else the request-group one. */
export function transactionStatus(movements: readonly Movement[]): string {
  const byTime = [...movements].sort((a, b) => a.datetime.localeCompare(b.datetime));
  const execution = byTime.filter((m) => !REQUEST_GROUP.has(m.status));
  const last = execution.at(-1) ?? byTime.at(-1);
  return last?.status ?? "PLANNED";
}

function toMovement(m: z.output<typeof movementSchema>): Movement {
  return {
    external_id: m.external_id ?? null,
    reference_external_id: m.reference_external_id ?? null,
    type: m.type,
    status: m.status,
    datetime: m.datetime,
    instrument_id: m.instrument_id,
    quantity: m.quantity,
    unit_price: m.unit_price ?? null,
    unit_price_currency: m.unit_price_currency ?? null,
    description: m.description ?? null,
    reference_instrument_id: m.reference_instrument_id ?? null,
    trade_type: m.trade_type ?? null,
  };
}

export function transactionToWire(t: Transaction) {
  const movements = t.movements.map((m) => ({ ...m, quantity: asJsonNumber(m.quantity), unit_price: asJsonNumber(m.unit_price) }));
  return {
    ...t,
    primary_movement: movements[0] ?? null,
    movements,
    type: transactionType(t.movements),
    status: transactionStatus(t.movements),
  };
}

const TOP_LEVEL = new Set([
  "id",
  "external_id",
  "portfolio_id",
  "portfolio_currency",
  "optimization_id",
  "order_type",
  "type",
  "status",
  "creation_datetime",
  "version",
  "version_datetime",
  "version_authored_by_user_id",
  "deleted",
]);

export function registerTransactionRoutes(app: FastifyInstance, rt: Runtime) {
  const { state } = rt;
  const all = () => (state.transactions ??= {});

  route(app, "GET", "/portfolios/:id/transactions/", async (request) => {
    const portfolio = getPortfolio(rt, (request.params as IdParams).id);
    // Cash transfers reported through POST /events/deposit|withdraw/ are transactions of the portfolio too.
    const mine = () =>
      [
        ...state.cashTransfers.filter((t) => t.portfolio_id === portfolio.id).map(cashTransferAsTransaction),
        ...Object.values(all()).filter((t) => t.portfolio_id === portfolio.id),
      ].sort((a, b) => a.creation_datetime.localeCompare(b.creation_datetime));
    return listCollection(request, {
      items: mine,
      toWire: transactionToWire,
      // Derived fields are queried on the wire form.
      queryView: () => (t: Transaction) => transactionToWire(t),
      isKnownField: (f) => TOP_LEVEL.has(f),
      embeddable: ["portfolio_id", "version_authored_by_user_id"],
      resolve: () => undefined,
    });
  });

  // POST one transaction, or (as the quick start does) an array of them; answers in the same form.
  route(app, "POST", "/portfolios/:id/transactions/", async (request, reply) => {
    const portfolio = getPortfolio(rt, (request.params as IdParams).id, { live: true });
    const raw = request.body ?? {};
    const bodies = Array.isArray(raw)
      ? raw.map((item, i) => parseOrThrow(transactionSchema, item, ["body", i], raw))
      : [parseOrThrow(transactionSchema, raw)];
    const t = rt.now();
    const created = bodies.map((body) => {
      const tx: Transaction = {
        id: entityId("T", t),
        external_id: body.external_id ?? null,
        portfolio_id: portfolio.id,
        portfolio_currency: portfolio.base_currency,
        optimization_id: body.optimization_id ?? null,
        order_type: body.order_type ?? null,
        movements: body.movements.map(toMovement),
        creation_datetime: isoDatetime(t),
        version: 1,
        version_datetime: isoDatetime(t),
        version_authored_by_user_id: principalOf(request),
        deleted: false,
      };
      all()[tx.id] = tx;
      return tx;
    });
    rt.markDirty();
    const wire = created.map(transactionToWire);
    return reply.code(201).send(Array.isArray(raw) ? wire : wire[0]);
  });

  route(app, "GET", "/portfolios/:id/transactions/:tid/", async (request) => transactionToWire(find(rt, request.params as IdParams)));

  // PATCH: movements are resent whole (the original PLACED one included); a new version.
  route(app, "PATCH", "/portfolios/:id/transactions/:tid/", async (request) => {
    const before = find(rt, request.params as IdParams);
    const body = parseOrThrow(patchSchema, request.body ?? {});
    const t = rt.now();
    const after: Transaction = {
      ...before,
      external_id: body.external_id === undefined ? before.external_id : body.external_id,
      optimization_id: body.optimization_id === undefined ? before.optimization_id : body.optimization_id,
      order_type: body.order_type === undefined ? before.order_type : body.order_type,
      movements: body.movements ? body.movements.map(toMovement) : before.movements,
      version: before.version + 1,
      version_datetime: isoDatetime(t),
      version_authored_by_user_id: principalOf(request),
    };
    all()[after.id] = after;
    rt.markDirty();
    return transactionToWire(after);
  });
}

function find(rt: Runtime, params: IdParams): Transaction {
  const portfolio = getPortfolio(rt, params.id);
  const tx = rt.state.transactions?.[params.tid];
  if (!tx || tx.portfolio_id !== portfolio.id) throw notFound(params.tid);
  return tx;
}

/**
 * A deposit or withdrawal event as the transaction it stands for: one settled cash movement of
 * `$CCY` (type CASH_TRANSFER once derived). Seed 002 documents no schema for these, so the
 * sandbox shows them in the Transactions model of provider-apis.md §1.8.
 */
export function cashTransferAsTransaction(t: CashTransfer): Transaction {
  return {
    id: t.id,
    external_id: t.external_id,
    portfolio_id: t.portfolio_id,
    portfolio_currency: t.currency,
    optimization_id: null,
    order_type: null,
    movements: [
      {
        external_id: t.external_id,
        reference_external_id: null,
        type: t.type,
        status: "SETTLED",
        datetime: t.creation_datetime,
        instrument_id: `$${t.currency}`,
        quantity: t.amount,
        unit_price: null,
        unit_price_currency: null,
        description: null,
        reference_instrument_id: null,
        trade_type: null,
      },
    ],
    creation_datetime: t.creation_datetime,
    version: 1,
    version_datetime: t.creation_datetime,
    // Reported by the middleware, not authored by a user of InvestSuite's.
    version_authored_by_user_id: "",
    deleted: false,
  };
}
