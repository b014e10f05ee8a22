import Decimal from "decimal.js";
import { z } from "zod";

/**
 * InvestSuite wire formats, as the seeds document them (000 events, 001 collections,
 * 002 portfolios) plus provider-apis.md §1 where the seeds are silent. Responses are
 * parsed loosely on purpose: unknown keys are dropped, not fatal, because InvestSuite
 * adds settings over time; fields we act on are checked strictly.
 */

/** Crockford-base32 ULID behind a one-letter type prefix (P portfolio, U user, T transaction…). */
export const entityIdSchema = (letter: string) => z.string().regex(new RegExp(`^${letter}[0-9A-HJKMNP-TV-Z]{26}$`));

const DECIMAL_TEXT = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * Money: exact decimal text. The client quotes money numbers before parsing
 * (exact-decimals.ts), so a string here is the provider's own literal (`"1e+100"`,
 * `"208.086729"`); a number only arrives from callers that used plain JSON.parse.
 */
export const moneySchema = z
  .union([z.string().trim().regex(DECIMAL_TEXT), z.number().finite()])
  .transform((v) => (typeof v === "number" ? String(v) : v));

/** Seed 000/002: 1e100 is "full withdrawal", a flag rather than an amount. Compared as decimals. */
export function isFullWithdrawal(divestAmount: string): boolean {
  return new Decimal(divestAmount).gte("1e100");
}

/** Seed 002: a withdrawal is pending when divest_amount is neither null nor 0. */
export function hasPendingWithdrawal(divestAmount: string | null | undefined): boolean {
  return divestAmount != null && !new Decimal(divestAmount).isZero();
}

/** Holdings keys: an ISIN for instruments, `$` + ISO 4217 for cash (seed 002 "Holdings"). */
export const HOLDING_KEY = /^(\$[A-Z]{3}|[A-Z]{2}[A-Z0-9]{9}[0-9])$/;
export const holdingsSchema = z.record(z.string().regex(HOLDING_KEY), moneySchema);

export const cashKey = (currency: string) => `$${currency}`;

/** Entity metadata every object carries (seed 001 example, provider-apis.md §1.1). */
const metadata = {
  id: z.string(),
  external_id: z.string().nullable().optional(),
  readable_by: z.array(z.string()).optional(),
  modifiable_by: z.array(z.string()).optional(),
  creation_datetime: z.string(),
  version: z.number().int(),
  version_datetime: z.string(),
  version_authored_by_user_id: z.string().nullable().optional(),
  deleted: z.boolean(),
};

export const PORTFOLIO_STATUSES = ["WAITING_FOR_POLICY", "WAITING_FOR_ACCOUNT", "WAITING_FOR_FUNDS", "ACTIVE", "INACTIVE"] as const;
export const MANAGERS = ["USER_MANAGED", "ROBO_ADVISOR_ADVISORY", "ROBO_ADVISOR_DISCRETIONARY"] as const;
export const MONEY_TYPES = ["REAL_MONEY", "PAPER_MONEY"] as const;

/** config.manager_settings: the union of the Robo Advisor and Self Investor keys of seed 002. */
export const managerSettingsSchema = z.object({
  broker_provider: z.string().nullable().optional(),
  active: z.boolean().optional(),
  tags: z.array(z.string()).optional(),
  background_image: z.string().nullable().optional(),
  background_color: z.string().nullable().optional(),
  commission_profile: z.string().nullable().optional(),
  policy_id: z.string().nullable().optional(),
  goal_id: z.string().nullable().optional(),
  horizon_id: z.string().nullable().optional(),
  risk_profile_id: z.string().nullable().optional(),
  proposed_risk_profile_id: z.string().nullable().optional(),
  risk_profile_score: z.number().nullable().optional(),
  suitability_profile_id: z.string().nullable().optional(),
  divest_amount: moneySchema.nullable().optional(),
  start_amount: moneySchema.nullable().optional(),
  recurring_deposit_amount: moneySchema.nullable().optional(),
  end_datetime: z.string().nullable().optional(),
  optimization_cooldown_end: z.string().nullable().optional(),
});

export const brokerageAccountSchema = z.object({
  brokerage_portfolio_id: z.string().nullable().optional(),
  brokerage_user_id: z.string().nullable().optional(),
  bank_account_type: z.enum(["ABA", "IBAN"]).nullable().optional(),
  bank_account_number: z.string().nullable().optional(),
  bank_id: z.string().nullable().optional(),
  payment_reference: z.string().nullable().optional(),
});

export const portfolioSchema = z.object({
  ...metadata,
  name: z.string(),
  owned_by_user_id: z.string(),
  owned_by_user_ids: z.array(z.string()).optional(),
  base_currency: z.string().length(3),
  money_type: z.enum(MONEY_TYPES),
  config: z.object({ manager: z.enum(MANAGERS), manager_version: z.number().int(), manager_settings: managerSettingsSchema }),
  brokerage_account: brokerageAccountSchema.nullable().optional(),
  portfolio: holdingsSchema.default({}),
  snapshot_datetime: z.string().nullable().optional(),
  archived: z.boolean().optional(),
  funded_since: z.string().nullable().optional(),
  status: z.enum(PORTFOLIO_STATUSES),
});

/**
 * A portfolio as the list page and the export read it (lib/portfolios/portfolio-row.ts): the fields a
 * row shows, checked by the same rules as portfolioSchema; settings, brokerage account and metadata a
 * row never shows are dropped unchecked. 100 full portfolios per page were a visible part of the
 * page's CPU (issue 19); a page that acts on a portfolio reads it with the full schema.
 */
export const portfolioListItemSchema = portfolioSchema
  .pick({
    id: true,
    external_id: true,
    creation_datetime: true,
    deleted: true,
    name: true,
    owned_by_user_id: true,
    base_currency: true,
    money_type: true,
    portfolio: true,
    archived: true,
    funded_since: true,
    status: true,
  })
  .extend({ config: z.object({ manager: z.enum(MANAGERS) }) });

export const userSchema = z.object({
  ...metadata,
  first_name: z.string().nullable().optional(),
  last_name: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  language: z.string().nullable().optional(),
  counter_account: z.record(z.string(), z.string().nullable()).nullable().optional(),
  // The docs list three statuses but say the API enforces no sequence; an unknown one must not break a list.
  status: z.string().optional(),
  brokerage_user_id: z.string().nullable().optional(),
  idp_user_id: z.string().nullable().optional(),
  products: z.array(z.string()).optional(),
});

/**
 * Seed 001 envelope. `count`/`offset` appear both as numbers and as strings in the docs;
 * the policy list returns them null. `_embedded` maps EntityID → entity of any type.
 */
export function collectionSchema<T extends z.ZodType>(item: T) {
  return z.object({
    next: z.string().nullable(),
    count: z.coerce.number().int().nullable(),
    offset: z.coerce.number().int().nullable(),
    results: z.array(item),
    _embedded: z.record(z.string(), z.looseObject({ id: z.string() })).default({}),
  });
}

/** Transaction movement (provider-apis.md §1.8); quantities may come back as strings ("3"). */
export const MOVEMENT_STATUSES = ["PLANNED", "PENDING", "PLACED", "EXECUTED", "SETTLED", "CANCELLED", "NOT_EXECUTED", "EXPIRED"] as const;
export const movementSchema = z.object({
  external_id: z.string().nullable().optional(),
  reference_external_id: z.string().nullable().optional(),
  type: z.string(),
  status: z.string(),
  datetime: z.string(),
  instrument_id: z.string(),
  quantity: moneySchema,
  unit_price: moneySchema.nullable().optional(),
  unit_price_currency: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  reference_instrument_id: z.string().nullable().optional(),
  trade_type: z.string().nullable().optional(),
});

/** Transaction response (cancel example in provider-apis.md §1.8); type and status are derived by InvestSuite. */
export const transactionSchema = z.object({
  id: z.string(),
  external_id: z.string().nullable().optional(),
  portfolio_id: z.string(),
  portfolio_currency: z.string().nullable().optional(),
  type: z.string().nullable().optional(),
  status: z.string().nullable().optional(),
  order_type: z.string().nullable().optional(),
  optimization_id: z.string().nullable().optional(),
  movements: z.array(movementSchema),
  creation_datetime: z.string().optional(),
  version: z.number().int().optional(),
});

/** What we send to create a transaction: status is derived, so it is never sent. */
export const transactionRequestSchema = z.strictObject({
  external_id: z.string().max(64).optional(),
  optimization_id: entityIdSchema("O").optional(),
  order_type: z.enum(["MARKET", "LIMIT"]).optional(),
  movements: z
    .array(
      z.strictObject({
        external_id: z.string().max(64).optional(),
        reference_external_id: z.string().max(64).optional(),
        type: z.string(),
        status: z.enum(MOVEMENT_STATUSES),
        datetime: z.string(),
        instrument_id: z.string().regex(HOLDING_KEY),
        quantity: z.string().regex(DECIMAL_TEXT),
        unit_price: z.string().regex(DECIMAL_TEXT).optional(),
        unit_price_currency: z
          .string()
          .regex(/^[A-Z]{3}$/)
          .optional(),
        description: z.string().optional(),
      }),
    )
    .min(1),
});

/** Seed 002 "Create portfolio": the required fields, plus the optional ones the typical examples send. */
export const createPortfolioRequestSchema = z.strictObject({
  external_id: z.string().max(64).optional(),
  name: z.string().min(1).max(128),
  owned_by_user_id: entityIdSchema("U"),
  base_currency: z.string().regex(/^[A-Z]{3}$/),
  money_type: z.enum(MONEY_TYPES),
  config: z.strictObject({
    manager: z.enum(MANAGERS),
    manager_version: z.number().int().min(1),
    manager_settings: z.record(z.string(), z.unknown()),
  }),
  brokerage_account: brokerageAccountSchema.nullable().optional(),
  portfolio: z.record(z.string().regex(HOLDING_KEY), z.string().regex(DECIMAL_TEXT)).optional(),
});

export const portfolioCollectionSchema = collectionSchema(portfolioSchema);
export const portfolioListItemCollectionSchema = collectionSchema(portfolioListItemSchema);
export const transactionCollectionSchema = collectionSchema(transactionSchema);
export const userCollectionSchema = collectionSchema(userSchema);

/** provider-apis.md §1.2: `expires_in` is a string in the docs' example ("300"). */
export const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.coerce.number().positive(),
  refresh_token: z.string().min(1),
});

/** Pydantic-style 400/409/422 body and the 401 body (provider-apis.md §1.5). */
export const errorDetailSchema = z.object({
  loc: z.array(z.union([z.string(), z.number()])),
  msg: z.string(),
  type: z.string().optional(),
});
export const errorBodySchema = z.union([
  z.object({ title: z.string(), detail: z.union([z.array(errorDetailSchema), z.string()]), status: z.number().optional() }),
  z.object({ title: z.string(), description: z.string(), request_id: z.string().optional(), timestamp: z.string().optional() }),
]);

/** Seed 000 inbound event body; the amount is a decimal string there. */
export const cashEventRequestSchema = z.object({
  data: z.object({
    amount: z.string().regex(DECIMAL_TEXT),
    currency: z.string().regex(/^[A-Z]{3}$/),
    portfolio: entityIdSchema("P"),
    external_id: z.string().max(64).optional(),
  }),
});

/** The seed documents no response body for /events/deposit|withdraw/, so nothing in it is relied on. */
export const cashEventResponseSchema = z.looseObject({}).nullable();

/** Seed 000 outbound envelope; `data` depends on subject.action (see event-schemas.ts). */
export const eventEnvelopeSchema = z.object({
  id: z.string().min(1),
  created: z.string(),
  version: z.string(),
  subject: z.string(),
  action: z.string(),
  data: z.record(z.string(), z.unknown()),
});

export type Portfolio = z.infer<typeof portfolioSchema>;
export type PortfolioListItem = z.infer<typeof portfolioListItemSchema>;
export type ManagerSettings = z.infer<typeof managerSettingsSchema>;
export type BrokerageAccount = z.infer<typeof brokerageAccountSchema>;
export type User = z.infer<typeof userSchema>;
export type Transaction = z.infer<typeof transactionSchema>;
export type Movement = z.infer<typeof movementSchema>;
export type CreatePortfolioRequest = z.input<typeof createPortfolioRequestSchema>;
export type TransactionRequest = z.input<typeof transactionRequestSchema>;
export type Collection<T> = {
  next: string | null;
  count: number | null;
  offset: number | null;
  results: T[];
  _embedded: Record<string, { id: string }>;
};
export type CashEventRequest = z.infer<typeof cashEventRequestSchema>;
export type EventEnvelope = z.infer<typeof eventEnvelopeSchema>;
