import "server-only";

import { isProviderError } from "@/lib/providers/errors";
import type { InvestSuiteUser } from "@/lib/providers/investsuite/transform";
import { getInvestSuiteClient } from "@/lib/providers/server-clients";

/**
 * InvestSuite users (seed 001 collections, provider-apis.md §1.6), read live: the list pages
 * through InvestSuite's own limit/offset and searches with its query language.
 */

export type InvestSuiteUserRow = {
  id: string;
  name: string | null;
  email: string | null;
  externalId: string | null;
  status: string | null;
  language: string | null;
  createdAt: string;
};

export type UserPortfolioRow = {
  id: string;
  name: string;
  status: string;
  moneyType: string;
  manager: string;
  baseCurrency: string;
  version: number;
  deleted: boolean;
  createdAt: string;
};

export type Loaded<T> = { kind: "ok"; value: T } | { kind: "error"; message: string; retryable: boolean };

export const userName = (u: InvestSuiteUser) =>
  [u.first_name, u.last_name].filter((s) => typeof s === "string" && s.trim() !== "").join(" ") || null;

const toRow = (u: InvestSuiteUser): InvestSuiteUserRow => ({
  id: u.id,
  name: userName(u),
  email: u.email ?? null,
  externalId: u.external_id ?? null,
  status: u.status ?? null,
  language: u.language ?? null,
  createdAt: u.creation_datetime,
});

/**
 * The search box as an InvestSuite query. Quotes and backslashes have no documented escape
 * (provider-apis.md §1.14), so they are dropped rather than guessed at; a user id is looked up exactly.
 */
export function userSearchQuery(q: string | null | undefined): string {
  const text = (q ?? "").replace(/['\\*]/g, "").trim();
  const order = "orderby last_name, first_name";
  if (text === "") return order;
  if (/^U[0-9A-HJKMNP-TV-Z]{26}$/i.test(text)) return `id eq '${text.toUpperCase()}' ${order}`;
  const like = `'*${text}*'`;
  return `last_name eq ${like} or first_name eq ${like} or email eq ${like} or external_id eq ${like} ${order}`;
}

async function loaded<T>(load: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { kind: "ok", value: await load() };
  } catch (error) {
    if (!isProviderError(error)) throw error;
    return { kind: "error", message: error.userMessage, retryable: error.retryable };
  }
}

export function findInvestSuiteUsers(params: { q: string | null; page: number; size: number }) {
  return loaded(async () => {
    const page = await getInvestSuiteClient().listUsers({
      query: userSearchQuery(params.q),
      limit: params.size,
      offset: (params.page - 1) * params.size,
    });
    return { rows: page.results.map(toRow), total: page.count ?? page.results.length };
  });
}

export type UserDetail = { user: InvestSuiteUserRow & { phone: string | null }; portfolios: UserPortfolioRow[]; more: boolean };

/** Null when InvestSuite does not know the user. Closed (deleted) portfolios are listed too, marked. */
export async function loadInvestSuiteUser(id: string): Promise<Loaded<UserDetail> | null> {
  const client = getInvestSuiteClient();
  try {
    await client.getUser(id);
  } catch (error) {
    if (isProviderError(error) && error.code === "not_found") return null;
  }
  return loaded(async () => {
    const [user, page] = await Promise.all([
      client.getUser(id),
      client.listPortfolios({
        query: `owned_by_user_id eq '${id}' and deleted in [true, false] orderby creation_datetime desc`,
        limit: 100,
      }),
    ]);
    return {
      user: { ...toRow(user), phone: user.phone ?? null },
      portfolios: page.results.map((p) => ({
        id: p.id,
        name: p.name,
        status: p.status,
        moneyType: p.money_type,
        manager: p.config.manager,
        baseCurrency: p.base_currency,
        version: p.version,
        deleted: p.deleted,
        createdAt: p.creation_datetime,
      })),
      more: page.next !== null,
    };
  });
}
