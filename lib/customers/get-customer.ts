import "server-only";

import type { Provider } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db";

import {
  readCashlink,
  readInvestSuitePortfolios,
  readWiseAlphaAccounts,
  withBudget,
  type CashlinkPanel,
  type InvestSuitePortfolio,
  type Panel,
  type WiseAlphaPanel,
} from "./provider-panels";
import { loadPortfolioEvents, loadTimeline, mergeTimeline, type TimelineItem } from "./timeline";

export const PROVIDERS: Provider[] = ["INVESTSUITE", "WISEALPHA", "CASHLINK"];
const OPEN_WITHDRAWALS = ["REQUESTED", "CASH_AVAILABLE", "APPROVED", "EXECUTING"] as const;

export type IdentityRow = {
  provider: Provider;
  providerId: string;
  method: string;
  confirmedBy: string | null;
  reason: string | null;
  customerNumber: string | null;
  name: string | null;
  email: string | null;
  birthDate: string | null;
  address: string | null;
  taxResidency: string | null;
  kycState: string;
  kycDetail: string | null;
};

export type CustomerDetail = Awaited<ReturnType<typeof loadCustomer>>;

/**
 * Everything the customer page shows. Our own tables are read while the three providers are
 * asked in parallel, each within its time budget; a provider that fails or is slow leaves its
 * panel with the reason and the rest of the page intact.
 */
export async function loadCustomer(customerId: string) {
  const db = getDb();
  const customer = await db.customer.findUnique({ where: { id: customerId }, include: { links: { orderBy: { provider: "asc" } } } });
  if (!customer) return null;
  const idOf = (p: Provider) => customer.links.find((l) => l.provider === p)?.providerId ?? null;
  const isId = idOf("INVESTSUITE");
  const waId = idOf("WISEALPHA");
  const clId = idOf("CASHLINK");
  const started = performance.now();

  // Our own tables and the timeline run beside the providers, not after them.
  const localRead = loadLocal(customer.id, customer.links, { isId, waId });
  const timelineRead = localRead.then((local) =>
    loadTimeline({
      customerId: customer.id,
      isId,
      waId,
      clId,
      withdrawalIds: local.withdrawals.map((w) => w.id),
      caseIds: local.cases.map((c) => c.id),
    }),
  );
  const [investSuite, wiseAlpha, cashlink, local, baseTimeline] = await Promise.all([
    isId ? withBudget<InvestSuitePortfolio[]>("InvestSuite", () => readInvestSuitePortfolios(isId)) : null,
    waId ? withBudget<WiseAlphaPanel>("WiseAlpha", () => readWiseAlphaAccounts(waId)) : null,
    clId ? withBudget<CashlinkPanel>("Cashlink", () => readCashlink(clId)) : null,
    localRead,
    timelineRead,
  ]);
  // What only the providers' answers name: Cashlink's cases (per invitation) and the portfolios' events.
  const invitationIds = cashlink?.ok ? cashlink.data.invitations.map((i) => i.id) : [];
  const portfolioIds = investSuite?.ok ? investSuite.data.map((p) => p.id) : [];
  const [cashlinkCases, portfolioEvents] = await Promise.all([
    invitationIds.length ? findCases("CASHLINK_INVITATION", invitationIds) : Promise.resolve([] as CaseRow[]),
    loadPortfolioEvents(portfolioIds),
  ]);
  local.cases.push(...cashlinkCases);
  const timeline: TimelineItem[] = mergeTimeline(baseTimeline, portfolioEvents);
  return {
    customer: {
      id: customer.id,
      number: customer.customerNumber,
      name: customer.displayName,
      kycState: customer.kycState,
      providers: customer.providers,
    },
    identities: local.identities,
    matches: local.matches,
    withdrawals: local.withdrawals,
    cases: local.cases,
    openOrders: local.openOrders,
    panels: { investSuite, wiseAlpha, cashlink } as {
      investSuite: Panel<InvestSuitePortfolio[]> | null;
      wiseAlpha: Panel<WiseAlphaPanel> | null;
      cashlink: Panel<CashlinkPanel> | null;
    },
    timeline,
    serverMs: Math.round(performance.now() - started),
  };
}

async function loadLocal(
  customerId: string,
  links: { provider: Provider; providerId: string; method: string; confirmedById: string | null; reason: string | null }[],
  ids: { isId: string | null; waId: string | null },
) {
  const db = getDb();
  const [persons, matches, withdrawals, cases, openOrders, confirmers] = await Promise.all([
    db.providerPerson.findMany({ where: { OR: links.map((l) => ({ provider: l.provider, providerId: l.providerId })) } }),
    db.customerMatch.findMany({
      where: { OR: [{ customerId }, ...links.map((l) => ({ provider: l.provider, providerId: l.providerId }))] },
      orderBy: { createdAt: "desc" },
      take: 50,
    }),
    db.withdrawalRequest.findMany({
      where: { OR: [...(ids.isId ? [{ ownerRef: ids.isId }] : []), ...(ids.waId ? [{ customerRef: ids.waId }] : [])] },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: {
        id: true,
        provider: true,
        state: true,
        amount: true,
        isFull: true,
        currency: true,
        portfolioRef: true,
        accountRef: true,
        createdAt: true,
      },
    }),
    ids.waId ? findCases("WISEALPHA_CUSTOMER", [ids.waId]) : Promise.resolve([] as CaseRow[]),
    ids.waId
      ? db.orderBookEntry.findMany({
          where: { customerRef: ids.waId, state: { in: ["OPEN", "CONFIRM"] } },
          select: { id: true, productId: true, side: true, state: true, currency: true, amount: true, price: true },
          take: 100,
        })
      : [],
    db.user.findMany({
      where: { id: { in: links.map((l) => l.confirmedById).filter((v): v is string => v !== null) } },
      select: { id: true, email: true },
    }),
  ]);
  const person = new Map(persons.map((p) => [`${p.provider}|${p.providerId}`, p]));
  const email = new Map(confirmers.map((u) => [u.id, u.email]));
  const identities: IdentityRow[] = links.map((l) => {
    const p = person.get(`${l.provider}|${l.providerId}`);
    return {
      provider: l.provider,
      providerId: l.providerId,
      method: l.method,
      confirmedBy: l.confirmedById ? (email.get(l.confirmedById) ?? l.confirmedById) : null,
      reason: l.reason,
      customerNumber: p?.customerNumber ?? null,
      name: [p?.firstName, p?.lastName].filter(Boolean).join(" ") || null,
      email: p?.email ?? null,
      birthDate: p?.birthDate ?? null,
      address: p?.address ?? null,
      taxResidency: p?.taxResidency ?? null,
      kycState: p?.kycState ?? "NONE",
      kycDetail: p?.kycDetail ?? null,
    };
  });
  return {
    identities,
    matches: matches.map((m) => ({
      id: m.id,
      customerId: m.customerId,
      provider: m.provider,
      providerId: m.providerId,
      kind: m.kind,
      state: m.state,
      reason: m.reason,
      detail: m.detail as { reason?: string },
    })),
    withdrawals: withdrawals.map((w) => ({
      ...w,
      amount: w.amount?.toFixed() ?? null,
      open: (OPEN_WITHDRAWALS as readonly string[]).includes(w.state),
      createdAt: w.createdAt.toISOString(),
    })),
    cases,
    openOrders: openOrders.map((o) => ({ ...o, amount: o.amount.toFixed(), price: o.price.toFixed() })),
  };
}

type CaseRow = Awaited<ReturnType<typeof findCases>>[number];

async function findCases(subjectType: "WISEALPHA_CUSTOMER" | "CASHLINK_INVITATION", refs: string[]) {
  const rows = await getDb().onboardingCase.findMany({
    where: { subjectType, subjectRef: { in: refs } },
    select: { id: true, subjectType: true, subjectRef: true, status: true, updatedAt: true },
  });
  return rows.map((c) => ({ ...c, updatedAt: c.updatedAt.toISOString() }));
}
