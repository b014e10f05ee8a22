import type { z } from "zod";

import { ProviderError } from "../errors";
import { providerFetch, type FetchLike, type ProviderRequest } from "../http";
import { paginate } from "../pagination";
import {
  cashlinkCampaignPageSchema,
  cashlinkCampaignSchema,
  cashlinkGenericWalletCreateSchema,
  cashlinkIdentificationCreateSchema,
  cashlinkIdentificationSchema,
  cashlinkInvestorPatchSchema,
  cashlinkWalletSchema,
  cashlinkInvestmentFromInvitationSchema,
  cashlinkInvestmentPageSchema,
  cashlinkInvestorPageSchema,
  cashlinkInvestmentPatchSchema,
  cashlinkInvestmentSchema,
  cashlinkInvestorCreateSchema,
  cashlinkInvestorSchema,
  cashlinkInvitationCreateSchema,
  cashlinkInvitationPageSchema,
  cashlinkInvitationSchema,
  cashlinkSelfDisclosureSchema,
  cashlinkSurveySchema,
  cashlinkSurveyWaiverSchema,
  cashlinkWalletListSchema,
  type CASHLINK_SURVEY_WAIVERS,
  type CashlinkIdentificationCreate,
  type CashlinkInvestorCreate,
  type CashlinkInvestorPatch,
} from "./schemas";
import { requestCashlinkToken } from "./auth";
import { createTokenCache } from "./token-cache";

// No `server-only`: the worker uses this client outside Next. It reads no env; secrets come in as options.

export type CashlinkClientOptions = {
  /** e.g. http://127.0.0.1:4010/cashlink or https://demo.cashlink.de/api/external */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** Space-separated or a list; empty means the client's default scopes. */
  scopes: string | readonly string[];
  fetch?: FetchLike;
  sleep?: (ms: number) => Promise<void>;
  timeoutMs?: number;
  retries?: number;
  /** Clock for the token cache (tests). */
  now?: () => number;
};

/** Writes without a caller key get a fresh one per call, so transport retries of that call cannot apply it twice. */
export type WriteOptions = { idempotencyKey?: string };
/** For writes whose duplicate is not harmless: the key must come from our own record. */
export type KeyedWrite = { idempotencyKey: string };
export type InvestmentFilters = { investorId?: string; campaignId?: string; status?: string };
export type InvitationFilters = { investorId?: string; campaignId?: string };
export type PageOptions = { page?: number; pageSize?: number };

type CallRequest<S extends z.ZodType> = Omit<ProviderRequest<S>, "provider" | "baseUrl" | "headers" | "fetch" | "sleep">;

const PAGE_SIZE = 100;

export function createCashlinkClient(options: CashlinkClientOptions) {
  const transport = {
    provider: "cashlink" as const,
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    sleep: options.sleep,
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    idempotencyHeader: "X-Idempotency-Key",
  };
  const tokens = createTokenCache(() => requestCashlinkToken(transport, options), options.now);

  async function call<S extends z.ZodType>(request: CallRequest<S>): Promise<z.output<S>> {
    const send = (token: string) => providerFetch({ ...transport, ...request, headers: { Authorization: `Bearer ${token}` } });
    const token = await tokens.get();
    try {
      return await send(token);
    } catch (error) {
      if (!(error instanceof ProviderError) || error.code !== "unauthorized") throw error;
      // Expired or revoked token: Cashlink refused before doing anything, so one refresh and one resend are safe.
      tokens.invalidate(token);
      return send(await tokens.get());
    }
  }

  const write = <S extends z.ZodType>(method: "POST" | "PATCH", path: string, body: unknown, schema: S, key: string | undefined) =>
    call({ method, path, body, schema, idempotencyKey: key ?? crypto.randomUUID() });

  const listInvestments = (filters: InvestmentFilters = {}, page: PageOptions = {}) =>
    call({
      path: "/v2/investments/",
      query: {
        investor_id: filters.investorId,
        campaign_id: filters.campaignId,
        status: filters.status,
        page: page.page,
        page_size: page.pageSize,
      },
      schema: cashlinkInvestmentPageSchema,
    });

  const listInvitations = (filters: InvitationFilters = {}, page: PageOptions = {}) =>
    call({
      path: "/v2/invitations/",
      query: { investor_id: filters.investorId, campaign_id: filters.campaignId, page: page.page, page_size: page.pageSize },
      schema: cashlinkInvitationPageSchema,
    });

  const listCampaigns = (page: PageOptions = {}) =>
    call({ path: "/v2/campaigns/", query: { page: page.page, page_size: page.pageSize }, schema: cashlinkCampaignPageSchema });
  const listInvestors = (page: PageOptions = {}) =>
    call({ path: "/v2/investors/", query: { page: page.page, page_size: page.pageSize }, schema: cashlinkInvestorPageSchema });
  const patchInvestment = (investmentId: string, body: unknown, key: string) =>
    write("PATCH", `/v2/investments/${seg(investmentId)}/`, cashlinkInvestmentPatchSchema.parse(body), cashlinkInvestmentSchema, key);

  return {
    /** Campaigns are read-only through the API (set up by Cashlink), oldest first. */
    listCampaigns,
    iterateCampaigns: () => paginateAll((page) => listCampaigns({ page, pageSize: PAGE_SIZE })),
    getCampaign: (id: string) => call({ path: `/v2/campaigns/${seg(id)}/`, schema: cashlinkCampaignSchema }),

    /** Requires a key derived from our record: a duplicate investor at Cashlink is not undone by deleting ours. */
    createInvestor: async (input: CashlinkInvestorCreate, { idempotencyKey }: { idempotencyKey: string }) =>
      write("POST", "/v2/investors/", cashlinkInvestorCreateSchema.parse(input), cashlinkInvestorSchema, requireKey(idempotencyKey)),
    getInvestor: (id: string) => call({ path: `/v2/investors/${seg(id)}/`, schema: cashlinkInvestorSchema }),
    updateInvestor: async (id: string, patch: CashlinkInvestorPatch, { idempotencyKey }: KeyedWrite) =>
      write(
        "PATCH",
        `/v2/investors/${seg(id)}/`,
        cashlinkInvestorPatchSchema.parse(patch),
        cashlinkInvestorSchema,
        requireKey(idempotencyKey),
      ),
    listInvestors,
    /** Every investor, oldest first (the customer sync, issue #14). */
    iterateInvestors: () => paginateAll((page) => listInvestors({ page, pageSize: PAGE_SIZE })),
    /** Records a completed KYC identification (e.g. POSTIDENT); a second one is another record at Cashlink, hence the key. */
    identifyInvestor: async (investorId: string, identification: CashlinkIdentificationCreate, { idempotencyKey }: KeyedWrite) =>
      write(
        "POST",
        `/v2/investors/${seg(investorId)}/identifications/`,
        cashlinkIdentificationCreateSchema.parse(identification),
        cashlinkIdentificationSchema,
        requireKey(idempotencyKey),
      ),
    listWallets: (investorId: string) => call({ path: `/v2/investors/${seg(investorId)}/wallets/`, schema: cashlinkWalletListSchema }),
    /** An externally managed (generic) wallet; an investor may have any number, an address only one investor. */
    createGenericWallet: async (
      investorId: string,
      wallet: { address: string; receivingEnabled: boolean },
      { idempotencyKey }: KeyedWrite,
    ) =>
      write(
        "POST",
        `/v2/investors/${seg(investorId)}/wallets/eth-generic/`,
        cashlinkGenericWalletCreateSchema.parse({ address: wallet.address, receiving_enabled: wallet.receivingEnabled }),
        cashlinkWalletSchema,
        requireKey(idempotencyKey),
      ),
    /** A Cashlink-custodied wallet (address generated there); at most one per investor. */
    createManagedWallet: async (investorId: string, { idempotencyKey }: KeyedWrite) =>
      write("POST", `/v2/investors/${seg(investorId)}/wallets/eth-managed/`, {}, cashlinkWalletSchema, requireKey(idempotencyKey)),

    createInvitation: async (input: { investorId: string; campaignId: string; units: number }, opts: WriteOptions = {}) =>
      write(
        "POST",
        "/v2/invitations/",
        cashlinkInvitationCreateSchema.parse({ investor_id: input.investorId, campaign_id: input.campaignId, units: input.units }),
        cashlinkInvitationSchema,
        opts.idempotencyKey,
      ),
    getInvitation: (id: string) => call({ path: `/v2/invitations/${seg(id)}/`, schema: cashlinkInvitationSchema }),
    listInvitations,
    iterateInvitations: (filters: InvitationFilters = {}) => paginateAll((page) => listInvitations(filters, { page, pageSize: PAGE_SIZE })),
    submitSelfDisclosure: async (
      invitationId: string,
      answers: { submittedAt: Date | string; monthlyIncome: boolean; netWorth100k: boolean },
      opts: WriteOptions = {},
    ) =>
      patchInvitation(
        invitationId,
        cashlinkSelfDisclosureSchema.parse({
          self_disclosure_submitted_at: iso(answers.submittedAt),
          self_disclosure_monthly_income: answers.monthlyIncome,
          self_disclosure_net_worth_100k: answers.netWorth100k,
        }),
        opts,
      ),
    /** An empty `answers` list records that the investor declined the survey; a waiver is then required. */
    submitSurvey: async (
      invitationId: string,
      survey: { submittedAt: Date | string; answers: { questionId: string; answer: boolean }[] },
      opts: WriteOptions = {},
    ) =>
      patchInvitation(
        invitationId,
        cashlinkSurveySchema.parse({
          survey_submitted_at: iso(survey.submittedAt),
          survey: survey.answers.map((a) => ({ question_id: a.questionId, answer: a.answer })),
        }),
        opts,
      ),
    waiveSurvey: async (invitationId: string, waiver: (typeof CASHLINK_SURVEY_WAIVERS)[number], opts: WriteOptions = {}) =>
      patchInvitation(invitationId, cashlinkSurveyWaiverSchema.parse({ survey_waiver: waiver }), opts),

    /**
     * The key is required and must come from our own record (e.g. the subscription id), so a retry after a
     * crash or timeout replays Cashlink's first answer instead of creating a second investment.
     */
    createInvestmentFromInvitation: async (input: { invitationId: string; signedAt: Date | string; idempotencyKey: string }) =>
      write(
        "POST",
        "/v2/investments/",
        cashlinkInvestmentFromInvitationSchema.parse({ invitation_id: input.invitationId, signed_at: iso(input.signedAt) }),
        cashlinkInvestmentSchema,
        requireKey(input.idempotencyKey),
      ),
    getInvestment: (id: string) => call({ path: `/v2/investments/${seg(id)}/`, schema: cashlinkInvestmentSchema }),
    setInvestmentWallet: async (investmentId: string, walletId: string, opts: WriteOptions = {}) =>
      write(
        "PATCH",
        `/v2/investments/${seg(investmentId)}/`,
        cashlinkInvestmentPatchSchema.parse({ wallet: walletId }),
        cashlinkInvestmentSchema,
        opts.idempotencyKey,
      ),
    /** WAITING_FOR_ACCEPTANCE → ACCEPTED, by setting the acceptance date. */
    acceptInvestment: async (investmentId: string, acceptedAt: Date | string, { idempotencyKey }: KeyedWrite) =>
      patchInvestment(investmentId, { accepted_at: iso(acceptedAt) }, requireKey(idempotencyKey)),
    /** ACCEPTED → PAID: Cashlink records a payment "by setting a payment date (`paid_at`)". */
    markInvestmentPaid: async (investmentId: string, paidAt: Date | string, { idempotencyKey }: KeyedWrite) =>
      patchInvestment(investmentId, { paid_at: iso(paidAt) }, requireKey(idempotencyKey)),
    listInvestments,
    /** Every matching investment, oldest first, one page of 100 at a time. */
    iterateInvestments: (filters: InvestmentFilters = {}) => paginateAll((page) => listInvestments(filters, { page, pageSize: PAGE_SIZE })),
  };

  function patchInvitation(invitationId: string, body: unknown, opts: WriteOptions) {
    return write("PATCH", `/v2/invitations/${seg(invitationId)}/`, body, cashlinkInvitationSchema, opts.idempotencyKey);
  }
}

export type CashlinkClient = ReturnType<typeof createCashlinkClient>;

/**
 * Page numbers rather than following `next`: that URL is absolute and built from the host Cashlink
 * sees, which behind a proxy may not be the base URL we were configured with.
 */
function paginateAll<T>(fetchPage: (page: number) => Promise<{ next: string | null; results: T[] }>) {
  return paginate(1, async (page: number) => {
    const result = await fetchPage(page);
    return { items: result.results, next: result.next === null ? null : page + 1 };
  });
}

function requireKey(key: string): string {
  if (typeof key !== "string" || key.trim() === "") throw new Error("Cashlink: an X-Idempotency-Key derived from our record is required");
  return key;
}

function iso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : value;
}

function seg(id: string): string {
  return encodeURIComponent(id);
}
