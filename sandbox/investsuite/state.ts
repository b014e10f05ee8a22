/**
 * The sandbox's whole state, persisted as one JSON file. Money values (holdings,
 * divest/start/recurring amounts) are decimal strings here and become JSON numbers on the wire.
 */
export type Metadata = {
  id: string;
  external_id: string | null;
  readable_by: string[];
  modifiable_by: string[];
  creation_datetime: string;
  version: number;
  version_datetime: string;
  version_authored_by_user_id: string;
  deleted: boolean;
};

/** Metadata's fields, as a query may name them on any entity. */
export const METADATA_FIELDS: readonly (keyof Metadata)[] = [
  "id",
  "external_id",
  "readable_by",
  "modifiable_by",
  "creation_datetime",
  "version",
  "version_datetime",
  "version_authored_by_user_id",
  "deleted",
];

export type User = Metadata & {
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
  language: string | null;
  counter_account: Record<string, string | null> | null;
  status: string;
  brokerage_user_id: string | null;
  idp_user_id: string | null;
  products: string[];
};

export type ManagerSettings = Record<string, unknown>;

export type Portfolio = Metadata & {
  name: string;
  owned_by_user_id: string;
  base_currency: string;
  money_type: "REAL_MONEY" | "PAPER_MONEY";
  config: { manager: string; manager_version: number; manager_settings: ManagerSettings };
  brokerage_account: Record<string, string | null> | null;
  owned_by_user_ids: string[];
  /** Holdings: ISIN or `$CCY` → decimal string. */
  portfolio: Record<string, string>;
  snapshot_datetime: string | null;
  archived: boolean;
  funded_since: string | null;
  status: string;
};

/** An emitted outbound event; `body` is the exact JSON that was signed and delivered. */
export type EmittedEvent = { seq: number; id: string; fqn: string; body: string; delivery: "pending" | "delivered" | "failed" };

/** A cash movement reported through POST /events/deposit|withdraw/. */
export type CashTransfer = {
  id: string;
  type: "CASH_DEPOSIT" | "CASH_WITHDRAWAL";
  portfolio_id: string;
  amount: string;
  currency: string;
  external_id: string | null;
  idempotency_key: string | null;
  creation_datetime: string;
};

/** One leg of a transaction (provider-apis.md §1.8); money as decimal text. */
export type Movement = {
  external_id: string | null;
  reference_external_id: string | null;
  type: string;
  status: string;
  datetime: string;
  instrument_id: string;
  quantity: string;
  unit_price: string | null;
  unit_price_currency: string | null;
  description: string | null;
  reference_instrument_id: string | null;
  trade_type: string | null;
};

/** A transaction the middleware posted; `type` and `status` are derived from the movements on the wire. */
export type Transaction = Omit<Metadata, "readable_by" | "modifiable_by"> & {
  portfolio_id: string;
  portfolio_currency: string;
  optimization_id: string | null;
  order_type: string | null;
  movements: Movement[];
};

export type IdempotencyRecord = { fingerprint: string; status: number; response: unknown };

export type State = {
  schema: 1;
  seed: number;
  users: Record<string, User>;
  portfolios: Record<string, Portfolio>;
  events: EmittedEvent[];
  eventSeq: number;
  cashTransfers: CashTransfer[];
  idempotency: Record<string, IdempotencyRecord>;
  /** Optional so state files written before transactions existed still load. */
  transactions?: Record<string, Transaction>;
};

/** Keeps the state file bounded: the oldest events beyond this are dropped. */
export const MAX_STORED_EVENTS = 10_000;

/** InvestSuite's datetime style: microseconds and an explicit +00:00 offset. */
export function isoDatetime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$1000+00:00");
}
