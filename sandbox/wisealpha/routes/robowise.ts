import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

import { D, money, parseDecimal } from "../domain/money";
import { badRequest, notFound } from "../http/errors";
import { resolvePath } from "../http/resolve-path";
import { body, params, query, routes } from "../http/route";
import { findRiskProfile, type Modifiers } from "../robowise/profiles";
import { createRobowise, robowiseAccounts, robowiseJson, settleState, SUGGESTED_NAMES } from "../robowise/store";
import { balanceOf, postTransaction } from "../store/ledger";
import { timestamp, type Runtime } from "../store/runtime";

const ACCOUNT = "/v1/customers/:customer_id/investment-accounts/:account_id/robowise";
const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : typeof value === "string" && value ? value.split(",") : []);
const expandOf = (request: FastifyRequest) => (query(request).expand ?? "").split(",").filter(Boolean);

/** Robowise (seed 004): configuration data, profile checks, and sub-accounts of a GBP investment account. */
export function robowiseRoutes(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);

  const parent = (request: FastifyRequest, reply: FastifyReply) => resolvePath(rt, request, reply);
  const own = (request: FastifyRequest, reply: FastifyReply) => {
    const path = parent(request, reply);
    if (!path) return null;
    const account = robowiseAccounts(rt.state)[params(request).robowise_id ?? ""];
    if (!account || account.account_id !== path.account.id) {
      notFound(reply);
      return null;
    }
    return { ...path, robowise: account };
  };

  /** The writable part of a Robowise account object; the serialized risk_profile is ignored (seed). */
  const parameters = (input: Record<string, unknown>) => {
    const p = (input.parameters ?? {}) as Record<string, unknown>;
    const profile = findRiskProfile(p.risk_profile_id);
    if (!profile || profile.legacy) {
      const message = p.risk_profile_id ? `Invalid pk "${String(p.risk_profile_id)}" - object does not exist.` : "This field is required.";
      return { error: { parameters: { risk_profile_id: [message] } } };
    }
    const m = (p.profile_modifiers ?? {}) as Record<string, unknown>;
    const modifiers: Modifiers = { excluded_industries: list(m.excluded_industries), excluded_companies: list(m.excluded_companies) };
    const reinvest = p.reinvest_payments === true || p.reinvest_payments === "true" || p.reinvest_payments === "True";
    return { profile, modifiers, reinvest, error: undefined };
  };

  r.get(ACCOUNT, async (request, reply) => {
    const path = parent(request, reply);
    if (!path) return reply;
    return Object.values(robowiseAccounts(rt.state))
      .filter((a) => a.account_id === path.account.id)
      .map((a) => robowiseJson(rt.state, a, expandOf(request)));
  });

  r.post(ACCOUNT, async (request, reply) => {
    const path = parent(request, reply);
    if (!path) return reply;
    if (!path.account.currencies.includes("GBP"))
      return badRequest(reply, { detail: "Robowise is only supported for GBP investment accounts." });
    const input = body(request);
    const p = parameters(input);
    if (p.error) return badRequest(reply, p.error);
    const used = new Set(Object.values(robowiseAccounts(rt.state)).map((a) => a.name));
    const name =
      typeof input.name === "string" && input.name.trim() ? input.name.trim() : (SUGGESTED_NAMES.find((n) => !used.has(n)) ?? "Robowise");
    const account = createRobowise(rt.state, {
      customer_id: path.customer.customer_id,
      account_id: path.account.id,
      name,
      created: timestamp(rt.now()),
      currency: "GBP",
      risk_profile_id: p.profile.reference,
      modifiers: p.modifiers,
      reinvest_payments: p.reinvest,
    });
    rt.markDirty();
    return reply.code(201).send(robowiseJson(rt.state, account, []));
  });

  r.get(`${ACCOUNT}/:robowise_id`, async (request, reply) => {
    const found = own(request, reply);
    return found ? robowiseJson(rt.state, found.robowise, expandOf(request)) : reply;
  });

  // The seed's update example uses POST on the detail URL (its heading says PUT): both update.
  const update = async (request: FastifyRequest, reply: FastifyReply) => {
    const found = own(request, reply);
    if (!found) return reply;
    if (found.robowise.state === "closing" || found.robowise.state === "closed")
      return badRequest(reply, { detail: `A ${found.robowise.state} robowise portfolio cannot be changed.` });
    const input = body(request);
    const p = parameters(input);
    if (p.error) return badRequest(reply, p.error);
    Object.assign(found.robowise, {
      risk_profile_id: p.profile.reference,
      modifiers: p.modifiers,
      reinvest_payments: p.reinvest,
      ...(typeof input.name === "string" && input.name.trim() ? { name: input.name.trim() } : {}),
    });
    rt.markDirty();
    return robowiseJson(rt.state, found.robowise, []);
  };
  r.put(`${ACCOUNT}/:robowise_id`, update);
  r.post(`${ACCOUNT}/:robowise_id`, update);

  r.post(`${ACCOUNT}/:robowise_id/fund`, async (request, reply) => {
    const found = own(request, reply);
    if (!found) return reply;
    const { robowise, account } = found;
    if (robowise.state === "closing" || robowise.state === "closed")
      return badRequest(reply, { detail: `A ${robowise.state} robowise portfolio cannot be funded.` });
    const input = body(request);
    const amount = parseDecimal(input.amount);
    if (input.amount === undefined) return badRequest(reply, { amount: ["This field is required."] });
    if (!amount || !amount.greaterThan(0)) return badRequest(reply, { amount: ["Ensure this value is greater than 0."] });
    if (amount.decimalPlaces() > 2) return badRequest(reply, { amount: ["Ensure that there are no more than 2 decimal places."] });
    const available = balanceOf(account, robowise.currency);
    if (amount.greaterThan(available))
      return reply.code(422).send({
        detail: `Insufficient funds: ${money(amount)} ${robowise.currency} requested but only ${money(available)} ${robowise.currency} is available.`,
      });
    postTransaction(
      rt.state,
      account,
      robowise.currency,
      amount.neg(),
      `Transfer to Robowise portfolio ${robowise.name}`,
      "Robowise Transfer",
      timestamp(rt.now()),
    );
    robowise.balance = money(D(robowise.balance).add(amount));
    settleState(robowise);
    rt.markDirty();
    return { amount: robowise.balance, currency: robowise.currency };
  });

  r.post(`${ACCOUNT}/:robowise_id/withdraw`, async (request, reply) => {
    const found = own(request, reply);
    if (!found) return reply;
    const { robowise, account } = found;
    const input = body(request);
    const type = String(input.type ?? "");
    if (!["all", "some", "none"].includes(type))
      return badRequest(reply, { type: [input.type === undefined ? "This field is required." : `"${type}" is not a valid choice.`] });
    const amount = type === "some" ? parseDecimal(input.amount) : D(type === "all" ? robowise.balance : 0);
    if (type === "some" && (!amount || !amount.greaterThan(0)))
      return badRequest(reply, {
        amount: [input.amount === undefined ? "This field is required when type is some." : "Ensure this value is greater than 0."],
      });
    // Cash only in the sandbox: what is asked for moves back to the parent at once, up to the balance.
    const moved = amount!.greaterThan(robowise.balance) ? D(robowise.balance) : amount!;
    if (moved.greaterThan(0)) {
      postTransaction(
        rt.state,
        account,
        robowise.currency,
        moved,
        `Transfer from Robowise portfolio ${robowise.name}`,
        "Robowise Transfer",
        timestamp(rt.now()),
      );
      robowise.balance = money(D(robowise.balance).sub(moved));
    }
    robowise.withdrawal = { type: type as "all" | "some" | "none", amount: money(amount!.sub(moved)) };
    if (robowise.withdrawal.amount === "0.00" && type !== "all") robowise.withdrawal.type = "none";
    settleState(robowise);
    rt.markDirty();
    return robowiseJson(rt.state, robowise, []);
  });

  r.post(`${ACCOUNT}/:robowise_id/close`, async (request, reply) => {
    const found = own(request, reply);
    if (!found) return reply;
    const input = body(request);
    // The seed's table names the field closure_type; its examples send type.
    const type = String(input.closure_type ?? input.type ?? "");
    if (!["transfer_to_parent", "liquidate"].includes(type))
      return badRequest(reply, {
        closure_type: [
          input.closure_type === undefined && input.type === undefined ? "This field is required." : `"${type}" is not a valid choice.`,
        ],
      });
    if (found.robowise.state === "closing" || found.robowise.state === "closed")
      return badRequest(reply, { detail: `This robowise portfolio is already ${found.robowise.state}.` });
    found.robowise.state = "closing";
    found.robowise.closure_type = type as "transfer_to_parent" | "liquidate";
    rt.markDirty();
    return robowiseJson(rt.state, found.robowise, []);
  });
}
