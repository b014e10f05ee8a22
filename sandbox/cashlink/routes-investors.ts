import { randomBytes, randomUUID } from "node:crypto";

import type { FastifyInstance } from "fastify";
import { z } from "zod";

import { withNulls } from "../lib/with-nulls";
import type { Auth } from "./auth";
import { ApiError, badRequest, foundById, parseBody } from "./http-errors";
import { runIdempotent } from "./idempotency";
import { listPage, oldestFirst } from "./pagination";
import type { Store } from "./store";
import type { Investor, Wallet } from "./types";

const datetime = z.iso.datetime({ offset: true });

const naturalPersonSchema = z.looseObject({
  forename: z.string().min(1),
  surname: z.string().min(1),
  is_subject_to_us_tax: z.boolean().optional(),
});

const investorFields = {
  natural_person: naturalPersonSchema.optional(),
  legal_person: z.looseObject({ company_name: z.string().min(1) }).optional(),
  bank_account: z.looseObject({ iban: z.string().min(15) }).optional(),
  tax_information: z.looseObject({}).optional(),
  is_beneficiary: z.boolean().optional(),
  pep_status: z.string().optional(),
  account_setup_accepted_at: datetime.optional(),
  communication: z.looseObject({ email: z.string().optional(), email_confirmed: z.boolean().optional() }).optional(),
};

const investorCreateSchema = z
  .object(investorFields)
  .refine((b) => Boolean(b.natural_person) !== Boolean(b.legal_person), {
    message: "Exactly one of natural_person or legal_person is required.",
  })
  // Cashlink does not onboard US-taxable persons; creation fails.
  .refine((b) => b.natural_person?.is_subject_to_us_tax !== true, {
    path: ["natural_person", "is_subject_to_us_tax"],
    message: "Persons subject to US tax cannot be onboarded.",
  });

const identificationSchema = z.object({
  document_type: z.string().min(1),
  document_id: z.string().min(1),
  document_issuer: z.string().optional(),
  document_valid_from: z.iso.date().optional(),
  document_valid_to: z.iso.date().optional(),
  identity_provider: z.string().min(1),
  legitimation_process_id: z.string().optional(),
  legitimation_protocol_id: z.string().optional(),
  verified_at: datetime,
});

const genericWalletSchema = z.object({
  address: z.string().regex(/^0x[0-9a-fA-F]{40}$/, "Enter a valid Ethereum address."),
  receiving_enabled: z.boolean().default(true),
});

/** Investors, their identifications and wallets (`/v2/investors/...`). */
export function registerInvestorRoutes(app: FastifyInstance, store: Store, auth: Auth) {
  const { read, write } = auth.guards("investors");
  const find = (params: unknown) => foundById(params, (id) => store.investor(id));

  // POST /v2/investors/ - create an investor from external data
  app.post("/v2/investors/", write, async (request, reply) =>
    runIdempotent(store, request, reply, () => {
      const body = parseBody(investorCreateSchema, request.body);
      const now = new Date().toISOString();
      const investor: Investor = {
        id: randomUUID(),
        ...withNulls(body, ["natural_person", "legal_person", "bank_account", "tax_information"]),
        is_beneficiary: body.is_beneficiary ?? true,
        ...withNulls(body, ["pep_status", "account_setup_accepted_at", "communication"]),
        identifications: [],
        created_at: now,
      };
      store.state.investors.push(investor);
      store.changed();
      return { status: 201, body: serializeInvestor(investor) };
    }),
  );

  // GET /v2/investors/ - list, oldest first
  app.get("/v2/investors/", read, async (request) => listPage(request, store.state.investors, [], serializeInvestor));

  // GET /v2/investors/{id}/
  app.get("/v2/investors/:id/", read, async (request) => serializeInvestor(find(request.params)));

  // PATCH /v2/investors/{id}/ - partial update
  app.patch("/v2/investors/:id/", write, async (request, reply) =>
    runIdempotent(store, request, reply, () => {
      const investor = find(request.params);
      const body = parseBody(z.object(investorFields).partial(), request.body);
      if (body.natural_person?.is_subject_to_us_tax)
        throw badRequest("natural_person.is_subject_to_us_tax", "Persons subject to US tax cannot be onboarded.");
      Object.assign(investor, Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)));
      store.changed();
      return { status: 200, body: serializeInvestor(investor) };
    }),
  );

  // POST /v2/investors/{id}/identifications/ - record a completed KYC identification
  app.post("/v2/investors/:id/identifications/", write, async (request, reply) =>
    runIdempotent(store, request, reply, () => {
      const investor = find(request.params);
      const body = parseBody(identificationSchema, request.body);
      const identification = { id: randomUUID(), ...body };
      investor.identifications.push(identification);
      store.changed();
      return { status: 201, body: identification };
    }),
  );

  // GET /v2/investors/{id}/wallets/ - a plain array, as the guide's script indexes it directly
  app.get("/v2/investors/:id/wallets/", read, async (request) =>
    oldestFirst(store.walletsOf(find(request.params).id)).map(serializeWallet),
  );

  // POST /v2/investors/{id}/wallets/eth-generic/ - register an externally managed wallet
  app.post("/v2/investors/:id/wallets/eth-generic/", write, async (request, reply) =>
    runIdempotent(store, request, reply, () => {
      const investor = find(request.params);
      const body = parseBody(genericWalletSchema, request.body);
      assertWalletPreconditions(investor);
      const taken = store.state.wallets.find((w) => w.address.toLowerCase() === body.address.toLowerCase());
      if (taken) throw badRequest("address", "This address is already bound to an investor; addresses cannot be shared.");
      return { status: 201, body: serializeWallet(addWallet(store, investor, "eth-generic", body.address, body.receiving_enabled)) };
    }),
  );

  // POST /v2/investors/{id}/wallets/eth-managed/ - Cashlink-custodied wallet, at most one per investor
  app.post("/v2/investors/:id/wallets/eth-managed/", write, async (request, reply) =>
    runIdempotent(store, request, reply, () => {
      const investor = find(request.params);
      assertWalletPreconditions(investor);
      if (store.walletsOf(investor.id).some((w) => w.type === "eth-managed")) {
        throw badRequest("non_field_errors", "The investor already has a managed wallet; only one is allowed.");
      }
      const address = `0x${randomBytes(20).toString("hex")}`;
      return { status: 201, body: serializeWallet(addWallet(store, investor, "eth-managed", address, true)) };
    }),
  );
}

/** Cashlink only opens wallets for investors with successful KYC and tax information. */
function assertWalletPreconditions(investor: Investor) {
  const missing: string[] = [];
  if (investor.identifications.length === 0) missing.push("a successful identification (POST /v2/investors/{id}/identifications/)");
  if (!investor.tax_information) missing.push("tax_information");
  if (missing.length > 0)
    throw new ApiError(400, { non_field_errors: [`The investor needs ${missing.join(" and ")} before a wallet can be added.`] });
}

function addWallet(store: Store, investor: Investor, type: Wallet["type"], address: string, receivingEnabled: boolean): Wallet {
  const wallet: Wallet = {
    id: randomUUID(),
    investor_id: investor.id,
    type,
    address,
    receiving_enabled: receivingEnabled,
    created_at: new Date().toISOString(),
  };
  store.state.wallets.push(wallet);
  store.changed();
  return wallet;
}

/** `is_beneficiary` is writeOnly in Cashlink's OpenAPI, so it never appears in responses. */
export function serializeInvestor(investor: Investor) {
  const { is_beneficiary: _writeOnly, identifications, ...rest } = investor;
  return { ...rest, is_identified: identifications.length > 0 };
}

export function serializeWallet(wallet: Wallet) {
  return {
    id: wallet.id,
    type: wallet.type,
    address: wallet.address,
    receiving_enabled: wallet.receiving_enabled,
    created_at: wallet.created_at,
  };
}
