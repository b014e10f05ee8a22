import type { z } from "zod";

import { isProviderError } from "../errors";
import { providerFetch, type FetchLike, type ProviderRequest } from "../http";
import { paginate } from "../pagination";
import { exactDecimalFetch } from "./exact-decimals";
import {
  cashEventRequestSchema,
  cashEventResponseSchema,
  createPortfolioRequestSchema,
  transactionCollectionSchema,
  transactionRequestSchema,
  transactionSchema,
  type CreatePortfolioRequest,
  type TransactionRequest,
  portfolioCollectionSchema,
  portfolioListItemCollectionSchema,
  portfolioSchema,
  userCollectionSchema,
  userSchema,
  type BrokerageAccount,
  type ManagerSettings,
} from "./schemas";
import { createTokenCache } from "./token-cache";

// No `server-only`: the worker and tests use this client outside Next. Credentials come in as
// arguments (see config.ts), so nothing here reads the environment.

export type InvestSuiteClientOptions = {
  baseUrl: string;
  username: string;
  password: string;
  fetch?: FetchLike;
  /** Per attempt; providerFetch's default when omitted. */
  timeoutMs?: number;
  /** Extra attempts for reads and keyed writes; providerFetch's default when omitted. */
  retries?: number;
};

/** Seed 001: `limit` defaults to 20 and may not exceed 100. */
export const MAX_PAGE_SIZE = 100;

export type ListParams = {
  /** InvestSuite query language text, e.g. `status eq 'ACTIVE' orderby creation_datetime desc`. */
  query?: string;
  limit?: number;
  offset?: number;
  /** Field names whose referenced entities go into `_embedded` (e.g. `owned_by_user_id`). */
  embed?: readonly string[];
};

type Money = string | number;

/**
 * What we may PATCH. Nested `portfolio` (holdings) and `brokerage_account` replace the
 * whole object on the server (seed 002), so pass every holding. Write-once fields
 * (money_type, config.manager, funded_since once set) are left for the server to refuse.
 */
export type PortfolioPatch = {
  name?: string;
  external_id?: string | null;
  money_type?: "REAL_MONEY" | "PAPER_MONEY";
  funded_since?: string | null;
  archived?: boolean;
  config?: {
    manager?: string;
    manager_version?: number;
    manager_settings?: Partial<Omit<ManagerSettings, "divest_amount" | "start_amount" | "recurring_deposit_amount">> & {
      divest_amount?: Money | null;
      start_amount?: Money | null;
      recurring_deposit_amount?: Money | null;
    };
  };
  brokerage_account?: BrokerageAccount | null;
  /** ISIN or `$CCY` → quantity or cash; decimal strings keep precision. */
  portfolio?: Record<string, Money>;
};

export type CashEvent = {
  portfolioId: string;
  /** Decimal string, as seed 000 sends it ("1000"). */
  amount: string;
  currency: string;
  externalId?: string;
};

export type InvestSuiteClient = ReturnType<typeof createInvestSuiteClient>;

export function createInvestSuiteClient(options: InvestSuiteClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const transport = exactDecimalFetch(options.fetch ?? ((url, init) => fetch(url, init)));
  const tokens = createTokenCache({
    baseUrl,
    username: options.username,
    password: options.password,
    fetch: transport,
    timeoutMs: options.timeoutMs,
  });

  type Call<T extends z.ZodType> = Omit<ProviderRequest<T>, "provider" | "baseUrl" | "fetch">;

  async function call<T extends z.ZodType>(request: Call<T>): Promise<z.output<T>> {
    const send = (token: string) =>
      providerFetch({
        timeoutMs: options.timeoutMs,
        retries: options.retries,
        ...request,
        provider: "investsuite",
        baseUrl,
        fetch: transport,
        headers: { ...request.headers, Authorization: `Bearer ${token}` },
      });
    const token = await tokens.accessToken();
    try {
      return await send(token);
    } catch (error) {
      // A 401 was refused before anything was applied, so one repeat with a renewed token is safe even for writes.
      if (!isProviderError(error) || error.status !== 401) throw error;
      return send(await tokens.renewAfterRejection(token));
    }
  }

  const listQuery = ({ query, limit, offset, embed }: ListParams) => {
    if (limit !== undefined && (limit < 1 || limit > MAX_PAGE_SIZE)) throw new RangeError(`limit must be between 1 and ${MAX_PAGE_SIZE}`);
    // URLSearchParams writes spaces as `+`, the form the docs recommend for queries.
    return { query: query?.trim() || undefined, limit, offset, embed: embed?.length ? embed.join(",") : undefined };
  };

  // async, so a bad limit rejects the promise like every other failure instead of throwing synchronously.
  const listPortfolios = async (params: ListParams = {}) =>
    call({ path: "/portfolios/", query: listQuery(params), schema: portfolioCollectionSchema });
  /** The same list with only what a list row shows checked and kept (schemas.ts `portfolioListItemSchema`). */
  const listPortfolioItems = async (params: ListParams = {}) =>
    call({ path: "/portfolios/", query: listQuery(params), schema: portfolioListItemCollectionSchema });
  const listUsers = async (params: ListParams = {}) => call({ path: "/users/", query: listQuery(params), schema: userCollectionSchema });
  const portfolioPath = (id: string) => `/portfolios/${encodeURIComponent(id)}/`;
  const listTransactions = async (portfolioId: string, params: Omit<ListParams, "embed"> = {}) =>
    call({ path: `${portfolioPath(portfolioId)}transactions/`, query: listQuery(params), schema: transactionCollectionSchema });

  /**
   * Every page from `offset` on. Our own offset arithmetic drives it, not `next` (which may
   * be relative or name another host); `next: null` ends it. Offset paging can skip or repeat
   * an entity that is created or deleted mid-walk, so reconcile by id.
   */
  function pages<T>(list: (p: ListParams) => Promise<{ results: T[]; next: string | null }>, params: ListParams) {
    const limit = params.limit ?? MAX_PAGE_SIZE;
    return paginate(params.offset ?? 0, async (offset: number) => {
      const page = await list({ ...params, limit, offset });
      return { items: page.results, next: page.next === null || page.results.length === 0 ? null : offset + page.results.length };
    });
  }

  const cashEvent = (kind: "deposit" | "withdraw") => async (event: CashEvent, idempotencyKey: string) => {
    // Printable ASCII without `"` or `\`, so it fits in the quoted form below without escaping.
    if (!/^[\x21\x23-\x5B\x5D-\x7E]+$/.test(idempotencyKey)) {
      throw new Error("idempotencyKey is required (printable ASCII, no quotes): derive it from our own record id");
    }
    const body = cashEventRequestSchema.parse({
      data: { amount: event.amount, currency: event.currency, portfolio: event.portfolioId, external_id: event.externalId },
    });
    // The key makes the write safe to retry: InvestSuite de-duplicates on it. Seed 000 sends it
    // quoted (`Idempotency-Key: "LVRYWG833Vp2FIIG"`), the structured-field string form of the IETF draft.
    return call({ method: "POST", path: `/events/${kind}/`, body, idempotencyKey: `"${idempotencyKey}"`, schema: cashEventResponseSchema });
  };

  return {
    listPortfolios,
    listPortfolioItems,
    iteratePortfolios: (params: Omit<ListParams, "embed"> = {}) => pages(listPortfolios, params),
    getPortfolio: (id: string) => call({ path: portfolioPath(id), schema: portfolioSchema }),
    /**
     * Seed 002 "Create portfolio" (201). InvestSuite takes no idempotency key here; the
     * `external_id`, unique per seed 001, is the de-duplication key instead: derive it from our
     * own record so a repeat answers 409 and the caller finds the first one with
     * `findPortfolioByExternalId`. Not retried (retries: 0): a lost answer is resolved that way.
     */
    createPortfolio: async (request: CreatePortfolioRequest) =>
      call({
        method: "POST",
        path: "/portfolios/",
        body: createPortfolioRequestSchema.parse(request),
        schema: portfolioSchema,
        retries: 0,
      }),
    /** Seed 001 query `external_id eq '…'`; deleted ones included, since the id stays taken. */
    findPortfolioByExternalId: async (externalId: string) => {
      if (!/^[^'\\]+$/.test(externalId)) throw new Error("external id must not contain quotes or backslashes");
      const page = await listPortfolios({ query: `external_id eq '${externalId}' and deleted in [true, false]`, limit: 1 });
      return page.results[0] ?? null;
    },
    patchPortfolio: (id: string, patch: PortfolioPatch) =>
      call({ method: "PATCH", path: portfolioPath(id), body: patch, schema: portfolioSchema }),
    /** Seed 002 "Delete portfolio": a soft delete; the answer is the object with `deleted: true`. Later writes get 404. */
    deletePortfolio: (id: string) => call({ method: "DELETE", path: portfolioPath(id), schema: portfolioSchema }),
    listTransactions,
    iterateTransactions: (portfolioId: string, params: Omit<ListParams, "embed"> = {}) =>
      pages((p) => listTransactions(portfolioId, p), params),
    getTransaction: (portfolioId: string, transactionId: string) =>
      call({ path: `${portfolioPath(portfolioId)}transactions/${encodeURIComponent(transactionId)}/`, schema: transactionSchema }),
    /** provider-apis.md §1.8. No idempotency key exists: set `external_id` from our own record and check the list before a repeat. */
    createTransaction: async (portfolioId: string, request: TransactionRequest) =>
      call({
        method: "POST",
        path: `${portfolioPath(portfolioId)}transactions/`,
        body: transactionRequestSchema.parse(request),
        schema: transactionSchema,
        retries: 0,
      }),
    listUsers,
    iterateUsers: (params: Omit<ListParams, "embed"> = {}) => pages(listUsers, params),
    getUser: (id: string) => call({ path: `/users/${encodeURIComponent(id)}/`, schema: userSchema }),
    /** Seed 000 funding event. Pass the id of our own deposit record as `idempotencyKey` (at most 10 characters if the broker is Saxo, seed 000). */
    postDepositEvent: cashEvent("deposit"),
    /** Seed 000 withdrawal-executed event. Pass our WithdrawalRequest id as `idempotencyKey`. */
    postWithdrawEvent: cashEvent("withdraw"),
  };
}
