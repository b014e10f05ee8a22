import "server-only";

import { getDb } from "@/lib/db";
import { maskAccountNumber } from "@/lib/format/account";
import { isProviderError } from "@/lib/providers/errors";
import { getInvestSuiteClient, getWiseAlphaClient } from "@/lib/providers/server-clients";
import { getRequestLogger } from "@/lib/request-context";

/**
 * Who is paid and where, as the provider says now: what an approver must see before releasing
 * money. InvestSuite names the portfolio owner's bank account (brokerage_account, an IBAN or ABA
 * number, masked here); WiseAlpha never returns the number once set (only whether it was
 * provided), so its payee says the registered account and whether WiseAlpha has one.
 */
export type Payee = {
  withdrawalId: string;
  name: string | null;
  /** Masked account number, or the provider's words when it does not reveal one. */
  destination: string | null;
  destinationKind: "IBAN" | "ABA" | "registered" | "unknown";
  /** A read that failed: the provider's user-safe message; the approver sees the payee is unknown. */
  error: string | null;
};

type PayeeSource = { id: string; provider: string; portfolioRef: string | null; customerRef: string | null };

const fullName = (first?: string | null, last?: string | null) => [first, last].filter(Boolean).join(" ") || null;

async function investSuitePayee(w: PayeeSource): Promise<Payee> {
  const base = { withdrawalId: w.id, name: null, destination: null, destinationKind: "unknown" as const, error: null };
  if (!w.portfolioRef) return { ...base, error: "This request names no portfolio." };
  const client = getInvestSuiteClient();
  const portfolio = await client.getPortfolio(w.portfolioRef);
  const owner = await client.getUser(portfolio.owned_by_user_id);
  const account = portfolio.brokerage_account;
  return {
    ...base,
    name: fullName(owner.first_name, owner.last_name) ?? owner.email ?? null,
    destination: maskAccountNumber(account?.bank_account_number),
    destinationKind: account?.bank_account_type ?? "unknown",
  };
}

async function wiseAlphaPayee(w: PayeeSource): Promise<Payee> {
  const base = { withdrawalId: w.id, name: null, destination: null, destinationKind: "registered" as const, error: null };
  if (!w.customerRef) return { ...base, destinationKind: "unknown", error: "This request names no WiseAlpha customer." };
  const customer = await getWiseAlphaClient().getCustomer(w.customerRef);
  const details = customer.bank_details;
  const statuses = !details ? [] : "provided" in details ? [details] : Object.values(details);
  const provided = statuses.some((s) => s.provided === true);
  return {
    ...base,
    name: fullName(customer.first_name, customer.last_name) ?? customer.email,
    destination: provided ? "Bank account registered at WiseAlpha (number not disclosed)" : "No bank account registered at WiseAlpha",
  };
}

/** The payee of one request; a provider failure becomes `error`, never a thrown page. */
export async function loadPayee(w: PayeeSource): Promise<Payee> {
  try {
    if (w.provider === "INVESTSUITE") return await investSuitePayee(w);
    if (w.provider === "WISEALPHA") return await wiseAlphaPayee(w);
    return { withdrawalId: w.id, name: null, destination: null, destinationKind: "unknown", error: "No payee details for this provider." };
  } catch (error) {
    if (!isProviderError(error)) throw error;
    (await getRequestLogger()).warn({ err: error, withdrawalId: w.id }, "payee: provider call failed");
    return { withdrawalId: w.id, name: null, destination: null, destinationKind: "unknown", error: error.userMessage };
  }
}

/** Payees of several requests (a bulk approval), in the order asked; a few at a time to spare the provider. */
export async function loadPayees(withdrawalIds: readonly string[]): Promise<Payee[]> {
  const rows = await getDb().withdrawalRequest.findMany({
    where: { id: { in: [...withdrawalIds] } },
    select: { id: true, provider: true, portfolioRef: true, customerRef: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: Payee[] = [];
  for (let i = 0; i < withdrawalIds.length; i += 5) {
    const batch = withdrawalIds.slice(i, i + 5).map((id) => byId.get(id));
    out.push(
      ...(await Promise.all(
        batch.map((w, j) =>
          w
            ? loadPayee(w)
            : Promise.resolve({
                withdrawalId: withdrawalIds[i + j] ?? "",
                name: null,
                destination: null,
                destinationKind: "unknown" as const,
                error: "No such request.",
              }),
        ),
      )),
    );
  }
  return out;
}
