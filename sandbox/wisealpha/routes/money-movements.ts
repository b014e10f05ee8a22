import type { FastifyReply, FastifyRequest } from "fastify";

import { D, money, parseDecimal } from "../domain/money";
import { deriveValidation } from "../domain/validation";
import { badRequest, forbidden } from "../http/errors";
import { body } from "../http/route";
import { nextId } from "../store/ids";
import { balanceOf, postTransaction } from "../store/ledger";
import { timestamp, type Runtime } from "../store/runtime";
import { resolvePath } from "../http/resolve-path";

const METHODS = ["bank_transfer", "open_banking", "paysafe_js", "debit_card"];
const CARD_TYPES = ["visa_debit", "maestro_debit", "mastercard_debit", "visa_electron_debit"];

function amountOf(input: Record<string, unknown>) {
  const amount = parseDecimal(input.amount);
  if (input.amount === undefined) return { error: { amount: ["This field is required."] } };
  if (!amount) return { error: { amount: ["A valid number is required."] } };
  if (!amount.greaterThan(0)) return { error: { amount: ["Ensure this value is greater than 0."] } };
  if (amount.decimalPlaces() > 2) return { error: { amount: ["Ensure that there are no more than 2 decimal places."] } };
  return { amount };
}

/**
 * Fund: starts a payment; the money only arrives later (scenario control
 * `transfers/{ref}/credit`), which emits account.bank-transfer-credited.
 */
export async function fundRoute(rt: Runtime, request: FastifyRequest, reply: FastifyReply) {
  const path = resolvePath(rt, request, reply);
  if (!path) return reply;
  if (!deriveValidation(path.customer, rt.now()).can_invest)
    return forbidden(reply, "This customer cannot deposit funds until onboarding is complete (can_invest is false).");
  const input = body(request);
  const { amount, error } = amountOf(input);
  if (error) return badRequest(reply, error);
  const method = String(input.method ?? "");
  if (!METHODS.includes(method))
    return badRequest(reply, { method: [input.method === undefined ? "This field is required." : `"${method}" is not a valid choice.`] });
  if (method === "debit_card" && !CARD_TYPES.includes(String(input.card_type)))
    return badRequest(reply, { card_type: ["This field is required for debit_card payments."] });
  if (method === "paysafe_js" && !input.token) return badRequest(reply, { token: ["This field is required for paysafe_js payments."] });
  if (method === "open_banking" && (!input.success_url || !input.error_url))
    return badRequest(reply, { success_url: ["success_url and error_url are required for open_banking payments."] });
  if (input.route_to !== undefined && input.route_to !== null) return badRequest(reply, { route_to: ["Invalid child account."] });
  if (path.account.account_type === "ifisa") {
    const remaining = ifisaAllowanceLeft(rt, path.account.id);
    if (amount!.greaterThan(remaining))
      return badRequest(reply, {
        amount: [`This deposit would exceed the IF ISA yearly funding limit of £20,000 (£${money(remaining)} remaining).`],
      });
  }

  const reference = nextId(rt.state, "BNKXFR");
  const bankReference = `${String(rt.state.counters.BNKXFR)
    .padStart(9, "0")
    .replace(/(\d{3})(\d{3})(\d{3})/, "$1-$2-$3")}`;
  rt.state.transfers[reference] = {
    wisealpha_reference: reference,
    customer_id: path.customer.customer_id,
    account_id: path.account.id,
    currency: path.currency,
    amount: money(amount!),
    bank_reference: bankReference,
    method,
    state: "pending",
    created: timestamp(rt.now()),
  };
  if (method !== "bank_transfer") {
    const url = `${rt.apiRoot.replace(/\/v1$/, "")}/__sandbox/payments/${reference}`;
    return { status: "ok", wisealpha_reference: reference, ...(method === "open_banking" ? { payment_url: url } : { redirect_url: url }) };
  }
  return {
    status: "ok",
    transfer_details: {
      amount: money(amount!),
      currency: path.currency,
      wisealpha_reference: reference,
      account_name: "DEVELOPER MODE",
      sort_code: "12-34-56",
      account_number: "123456789",
      bank_name: "Test Bank",
      swift_code: "BARCGB22XXX",
      iban: "GB29RBOS60161331926819",
      bank_reference: bankReference,
    },
  };
}

/** Seed: IF ISA accounts have "a yearly funding limit of £20,000" per UK tax year (from 6 April). */
export const IFISA_YEARLY_LIMIT = D(20_000);

function ifisaAllowanceLeft(rt: Runtime, accountId: string) {
  const now = rt.now();
  const year =
    now.getUTCMonth() > 3 || (now.getUTCMonth() === 3 && now.getUTCDate() >= 6) ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  const start = `${year}-04-06`;
  const used = Object.values(rt.state.transfers)
    .filter((t) => t.account_id === accountId && t.created >= start)
    .reduce((sum, t) => sum.add(t.amount), D(0));
  return IFISA_YEARLY_LIMIT.sub(used).clampedTo(0, IFISA_YEARLY_LIMIT);
}

/** Withdraw: refused while can_withdraw is false (403); 422 when the wallet is short (seed). */
export async function withdrawRoute(rt: Runtime, request: FastifyRequest, reply: FastifyReply) {
  const path = resolvePath(rt, request, reply);
  if (!path) return reply;
  if (!deriveValidation(path.customer, rt.now()).can_withdraw)
    return forbidden(reply, "Withdrawals are not permitted for this customer at the moment (can_withdraw is false).");
  const { amount, error } = amountOf(body(request));
  if (error) return badRequest(reply, error);
  if (!path.customer.bank_details[path.currency])
    return badRequest(reply, { bank_details: [`No ${path.currency} bank account details have been provided.`] });
  const available = balanceOf(path.account, path.currency);
  if (amount!.greaterThan(available)) {
    return reply.code(422).send({
      detail: `Insufficient funds: ${money(amount!)} ${path.currency} requested but only ${money(available)} ${path.currency} is available.`,
    });
  }
  postTransaction(
    rt.state,
    path.account,
    path.currency,
    amount!.neg(),
    "Withdrawal to registered bank account",
    "Withdrawal",
    timestamp(rt.now()),
  );
  return { amount: path.account.balances[path.currency], currency: path.currency };
}
