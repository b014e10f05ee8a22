import "server-only";

import Decimal from "decimal.js";

import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isProviderError } from "@/lib/providers/errors";
import { getWiseAlphaClient } from "@/lib/providers/server-clients";
import { refusalOf, type WiseAlphaRefusal } from "@/lib/providers/wisealpha/error-body";
import type {
  CreateRobowiseInput,
  FundAccountInput,
  FundRobowiseInput,
  UpdateRobowiseInput,
  WithdrawRobowiseInput,
} from "@/lib/validations/wisealpha-robowise";

import { sendAccountWrite, type AccountWrite } from "./account-writes";

/**
 * Robowise create/update/fund/withdraw and the account's fund instructions (seed 004), each
 * sent once per form submission (sendAccountWrite) and audited before and after.
 */

/** A refusal in the form's terms: WiseAlpha's field paths mapped onto our form fields, the rest as one form message. */
export type FormRefusal = { fields: Record<string, string>; form: string | null };
export type FormOutcome<R> = { ok: true; value: R } | { ok: false; refusal: FormRefusal };

const FIELD_OF: Record<string, string> = {
  name: "name",
  amount: "amount",
  type: "type",
  "parameters.risk_profile_id": "riskProfileId",
  "parameters.reinvest_payments": "reinvestPayments",
  "parameters.profile_modifiers.excluded_industries": "excludedIndustries",
  "parameters.profile_modifiers.excluded_companies": "excludedCompanies",
  // The profile check's query parameters (seed "Check a robowise configuration").
  risk_profile_id: "riskProfileId",
  excluded_industries: "excludedIndustries",
  excluded_companies: "excludedCompanies",
};

export function toFormRefusal(refusal: WiseAlphaRefusal): FormRefusal {
  const fields: Record<string, string> = {};
  const rest: string[] = refusal.form ? [refusal.form] : [];
  for (const [path, message] of Object.entries(refusal.fields)) {
    const field = FIELD_OF[path];
    if (field) fields[field] = `WiseAlpha: ${message}`;
    else rest.push(`${path}: ${message}`);
  }
  return { fields, form: rest.length ? `WiseAlpha refused this: ${rest.join(" ")}` : null };
}

const asForm = <R>(outcome: { ok: true; value: R } | { ok: false; refusal: WiseAlphaRefusal }): FormOutcome<R> =>
  outcome.ok ? outcome : { ok: false, refusal: toFormRefusal(outcome.refusal) };

const readOrThrow = async <T>(read: () => Promise<T>): Promise<T> => {
  try {
    return await read();
  } catch (error) {
    // The provider error rides along as the cause, so a caller can read a 4xx body for the form.
    if (isProviderError(error)) throw Object.assign(new AppError("PROVIDER", error.userMessage), { cause: error });
    throw error;
  }
};

/** What the create and edit forms offer: WiseAlpha's current risk profiles (legacy ones only when already in use), industries, companies. */
export async function loadRobowiseOptions(currentProfileId?: string) {
  const config = await getWiseAlphaClient().getRobowiseConfiguration("GBP", currentProfileId);
  return {
    riskProfiles: config.risk_profiles
      .filter((p) => !p.legacy || p.reference === currentProfileId)
      .map((p) => ({ id: p.reference, label: p.label, projectedReturn: p.projected_return, description: p.description })),
    industries: config.industries.map((i) => ({ key: i.key, label: i.label ?? i.name ?? i.key })),
    companies: config.companies.map((c) => ({ id: c.company_id, name: c.company_name, industry: c.industry })),
    suggestedNames: config.suggested_names ?? [],
  };
}
export type RobowiseOptions = Awaited<ReturnType<typeof loadRobowiseOptions>>;

type Parameters = Pick<CreateRobowiseInput, "riskProfileId" | "excludedIndustries" | "excludedCompanies" | "reinvestPayments">;

/** Seed "Check a robowise configuration": the bonds left and the yield, and issues that must be fixed before the profile can be used. */
export async function checkRobowiseParameters(p: Parameters) {
  const check = await readOrThrow(() =>
    getWiseAlphaClient().checkRobowiseProfile({
      currency: "GBP",
      riskProfileId: p.riskProfileId,
      excludedIndustries: p.excludedIndustries,
      excludedCompanies: p.excludedCompanies,
    }),
  );
  return { bondCount: String(check.bond_count), weightedYtm: String(check.weighted_ytm), issues: check.issues };
}

/** The check runs before every create and update: WiseAlpha would accept a profile it then cannot invest. */
async function refusedByCheck(p: Parameters): Promise<FormRefusal | null> {
  let check: Awaited<ReturnType<typeof checkRobowiseParameters>>;
  try {
    check = await checkRobowiseParameters(p);
  } catch (error) {
    const cause = error instanceof AppError ? (error.cause as unknown) : undefined;
    if (!isProviderError(cause) || cause.status === null || cause.status < 400 || cause.status >= 500) throw error;
    const refusal = toFormRefusal(refusalOf(cause.details));
    return Object.keys(refusal.fields).length || refusal.form ? refusal : { fields: {}, form: cause.userMessage };
  }
  if (check.issues.length === 0) return null;
  return { fields: {}, form: `WiseAlpha's profile check found issues to fix first: ${check.issues.join("; ")}.` };
}

type FormRef = { requestKey: string; customerRef: string; accountId: string; robowiseId?: string };

/**
 * The write row of a form about an account (and a portfolio of it): the form's key, the refs,
 * and a payload that names them before the form's own fields.
 */
function formWrite(input: FormRef, kind: AccountWrite["kind"], write: Pick<AccountWrite, "amount" | "currency" | "payload">): AccountWrite {
  const robowise = input.robowiseId === undefined ? {} : { robowise: input.robowiseId };
  return {
    requestKey: input.requestKey,
    kind,
    customerRef: input.customerRef,
    accountRef: input.accountId,
    robowiseRef: input.robowiseId,
    amount: write.amount,
    currency: write.currency,
    payload: { customer: input.customerRef, account: input.accountId, ...robowise, ...write.payload },
  };
}

/** The client's names for the form's customer and account, and for its portfolio. */
const accountOf = (input: FormRef) => ({ customerId: input.customerRef, accountId: input.accountId });
const portfolioOf = (input: FormRef & { robowiseId: string }) => ({ ...accountOf(input), robowiseId: input.robowiseId });

const parametersOf = (input: Parameters) => ({
  riskProfileId: input.riskProfileId,
  excludedIndustries: input.excludedIndustries,
  excludedCompanies: input.excludedCompanies,
  reinvestPayments: input.reinvestPayments,
});

export async function createRobowisePortfolio(actor: CurrentUser, input: CreateRobowiseInput) {
  const account = await readOrThrow(() =>
    getWiseAlphaClient().getInvestmentAccount({ customerId: input.customerRef, accountId: input.accountId }),
  );
  // Seed: "Currently robowise is only supported for GBP investment accounts".
  if (!account.currencies.includes("GBP"))
    return { ok: false as const, refusal: { fields: {}, form: "Robowise is only offered for GBP investment accounts (WiseAlpha)." } };
  const refused = await refusedByCheck(input);
  if (refused) return { ok: false as const, refusal: refused };
  const parameters = parametersOf(input);
  const outcome = await sendAccountWrite(
    actor,
    formWrite(input, "ROBOWISE_CREATE", { currency: "GBP", payload: { name: input.name ?? null, ...parameters } }),
    { action: "wisealpha_robowise.created", targetType: "wisealpha_robowise", targetId: null },
    () => getWiseAlphaClient().createRobowise({ ...accountOf(input), name: input.name, parameters }),
    (created) => ({
      result: { robowiseId: created.reference, name: created.name, state: created.status.state },
      robowiseRef: created.reference,
      details: { robowise: created.reference, name: created.name },
    }),
  );
  return asForm(outcome);
}

export async function updateRobowisePortfolio(actor: CurrentUser, input: UpdateRobowiseInput) {
  const refused = await refusedByCheck(input);
  if (refused) return { ok: false as const, refusal: refused };
  const parameters = parametersOf(input);
  const outcome = await sendAccountWrite(
    actor,
    formWrite(input, "ROBOWISE_UPDATE", { payload: { name: input.name ?? null, ...parameters } }),
    { action: "wisealpha_robowise.updated", targetType: "wisealpha_robowise", targetId: input.robowiseId },
    () => getWiseAlphaClient().updateRobowise({ ...portfolioOf(input), name: input.name, parameters }),
    (updated) => ({ result: { robowiseId: updated.reference, name: updated.name, riskProfileId: updated.parameters.risk_profile_id } }),
  );
  return asForm(outcome);
}

/** Moves cash from the parent account into the portfolio (seed: funds cannot be deposited into robowise directly). */
export async function fundRobowisePortfolio(actor: CurrentUser, input: FundRobowiseInput) {
  const amount = new Decimal(input.amount).toFixed(2);
  const outcome = await sendAccountWrite(
    actor,
    formWrite(input, "ROBOWISE_FUND", { amount, currency: "GBP", payload: { amount } }),
    { action: "wisealpha_robowise.funded", targetType: "wisealpha_robowise", targetId: input.robowiseId },
    () => getWiseAlphaClient().fundRobowise({ ...portfolioOf(input), amount }),
    (balance) => ({ result: { cash: balance.amount, currency: balance.currency }, details: { cashAfter: balance.amount } }),
  );
  return asForm(outcome);
}

/**
 * Above ORDER_FOUR_EYES_ABOVE a funding waits for a second person (lib/auth/four-eyes-policy.ts
 * "robowise.fund_above_limit"): the action files a change request instead, and approval runs
 * this, sent by the approver under the requester's form key. A refusal fails the request with its message.
 */
export async function fundApprovedRobowise(approver: CurrentUser, p: Omit<FundRobowiseInput, "amount"> & { amount: string }) {
  const outcome = await fundRobowisePortfolio(approver, p);
  if (!outcome.ok)
    throw new AppError("CONFLICT", [outcome.refusal.form, ...Object.values(outcome.refusal.fields)].filter(Boolean).join(" "));
  return outcome.value;
}

/** Sets the portfolio's withdrawal behaviour: robowise sells to reach it and moves cash to the parent as it comes (seed). */
export async function withdrawFromRobowisePortfolio(actor: CurrentUser, input: WithdrawRobowiseInput) {
  const amount = input.type === "some" ? new Decimal(input.amount!).toFixed(2) : undefined;
  const outcome = await sendAccountWrite(
    actor,
    formWrite(input, "ROBOWISE_WITHDRAW", { amount, currency: "GBP", payload: { type: input.type, amount: amount ?? null } }),
    { action: "wisealpha_robowise.withdrawal_set", targetType: "wisealpha_robowise", targetId: input.robowiseId },
    () => getWiseAlphaClient().withdrawFromRobowise({ ...portfolioOf(input), type: input.type, amount }),
    (after) => ({
      result: { type: after.withdrawal_behavior.type, pending: String(after.withdrawal_behavior.amount), state: after.status.state },
      details: { pending: String(after.withdrawal_behavior.amount) },
    }),
  );
  return asForm(outcome);
}

export type FundInstructions = {
  amount: string;
  currency: string;
  wisealphaReference: string;
  bankReference: string | null;
  accountName: string | null;
  sortCode: string | null;
  accountNumber: string | null;
  bankName: string | null;
  iban: string | null;
  swift: string | null;
};

/** Seed "Fund Account" by bank transfer: WiseAlpha answers with the bank details and the reference the customer must quote. */
export async function requestFundInstructions(actor: CurrentUser, input: FundAccountInput): Promise<FormOutcome<FundInstructions>> {
  const amount = new Decimal(input.amount).toFixed(2);
  const outcome = await sendAccountWrite(
    actor,
    formWrite(input, "ACCOUNT_FUND", {
      amount,
      currency: input.currency,
      payload: { currency: input.currency, amount, method: "bank_transfer" },
    }),
    { action: "wisealpha_account.fund_requested", targetType: "wisealpha_account", targetId: input.accountId },
    () => getWiseAlphaClient().fund({ ...accountOf(input), currency: input.currency, amount, method: "bank_transfer" }),
    (answer) => {
      const t = answer.transfer_details;
      if (!t) throw new Error("WiseAlpha answered a bank transfer without transfer_details");
      const result: FundInstructions = {
        amount: t.amount,
        currency: t.currency,
        wisealphaReference: t.wisealpha_reference,
        bankReference: t.bank_reference ?? null,
        accountName: t.account_name ?? null,
        sortCode: t.sort_code ?? null,
        accountNumber: t.account_number ?? null,
        bankName: t.bank_name ?? null,
        iban: t.iban ?? null,
        swift: t.swift_code ?? null,
      };
      return { result, details: { wisealphaReference: t.wisealpha_reference, bankReference: t.bank_reference ?? null } };
    },
  );
  return asForm(outcome);
}

/** Seed "Query Available Payment Methods", per currency of the account. */
export async function loadPaymentMethods(customerId: string, accountId: string, currencies: string[]) {
  const client = getWiseAlphaClient();
  return Promise.all(
    currencies.map(async (currency) => ({
      currency,
      methods: (await client.getPaymentMethods({ customerId, accountId, currency })).map((m) => m.method),
    })),
  );
}

/** The bank transfer details last issued for this account (our own record of WiseAlpha's answer). */
export async function findLastFundInstructions(customerRef: string, accountRef: string): Promise<FundInstructions | null> {
  const row = await getDb().wiseAlphaAccountWrite.findFirst({
    where: { kind: "ACCOUNT_FUND", state: "DONE", customerRef, accountRef },
    orderBy: { createdAt: "desc" },
  });
  return (row?.result as FundInstructions | null | undefined) ?? null;
}
