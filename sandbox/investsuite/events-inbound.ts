import { createHash } from "node:crypto";

import Decimal from "decimal.js";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";

import { badRequest, unprocessable } from "./errors";
import { entityId, idPattern } from "./ids";
import { amountSchema, currencySchema } from "./portfolio-schema";
import { route } from "./routes-util";
import type { Runtime } from "./runtime";
import { isoDatetime, type CashTransfer } from "./state";
import { parseOrThrow } from "./validation";

// Seed 000: {"data": {"amount": "1000", "currency": "USD", "portfolio": "P...", "external_id": "..."}}; amount is a string there.
const cashEventSchema = z.strictObject({
  data: z.strictObject({
    amount: amountSchema.refine((v) => new Decimal(v).gt(0), "amount must be greater than 0"),
    currency: currencySchema,
    portfolio: z.string().regex(idPattern("P")),
    external_id: z.string().max(64).nullable().optional(),
  }),
});

/**
 * POST /events/deposit/ and /events/withdraw/. Effect: the sandbox records a cash transfer
 * (see GET /__sandbox/cash-transfers) and answers 201 with it. Holdings are NOT changed:
 * InvestSuite's docs make the middleware keep holdings in sync (it PATCHes `portfolio`
 * itself, before the deposit event and after the withdraw event), and a sandbox that also
 * moved the cash would double-count what the middleware patches.
 */
export function registerInboundEventRoutes(app: FastifyInstance, rt: Runtime) {
  for (const [path, type] of [
    ["/events/deposit/", "CASH_DEPOSIT"],
    ["/events/withdraw/", "CASH_WITHDRAWAL"],
  ] as const) {
    route(app, "POST", path, async (request, reply) => {
      const key = idempotencyKey(request);
      const fingerprint = fingerprintOf(path, request.body);
      if (key) {
        const seen = rt.state.idempotency[key];
        // Same key + same request: replay the first answer and change nothing.
        if (seen && seen.fingerprint === fingerprint)
          return reply.code(seen.status).header("idempotent-replayed", "true").send(seen.response);
        if (seen) throw unprocessable(`Idempotency-Key '${key}' was already used with a different request`);
      }
      const { data } = parseOrThrow(cashEventSchema, request.body ?? {});
      const portfolio = rt.state.portfolios[data.portfolio];
      if (!portfolio || portfolio.deleted) {
        throw badRequest(
          [{ loc: ["body", "data", "portfolio"], msg: `portfolio ${data.portfolio} does not exist`, type: "value_error.reference" }],
          request.body,
        );
      }
      const t = rt.now();
      const transfer: CashTransfer = {
        id: entityId("T", t),
        type,
        portfolio_id: portfolio.id,
        amount: data.amount,
        currency: data.currency,
        external_id: data.external_id ?? null,
        idempotency_key: key,
        creation_datetime: isoDatetime(t),
      };
      rt.state.cashTransfers.push(transfer);
      if (key) rt.state.idempotency[key] = { fingerprint, status: 201, response: transfer };
      rt.markDirty();
      return reply.code(201).send(transfer);
    });
  }
}

/** The docs show the header value quoted (`Idempotency-Key: "LVRYWG833Vp2FIIG"`), so quotes are stripped. */
function idempotencyKey(request: FastifyRequest): string | null {
  const raw = request.headers["idempotency-key"];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().replace(/^"(.*)"$/, "$1");
  return value ? value : null;
}

/** Endpoint + canonical JSON (sorted keys), so key order or whitespace never counts as "different". */
function fingerprintOf(path: string, body: unknown): string {
  return createHash("sha256")
    .update(`${path}\n${canonical(body)}`)
    .digest("hex");
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
