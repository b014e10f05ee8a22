import { randomUUID } from "node:crypto";

import type { FastifyInstance } from "fastify";
import { z } from "zod";

import { principalOf } from "./auth";
import { listCollection } from "./collections";
import { badRequest, conflict, notFound, writeOnce } from "./errors";
import { entityId } from "./ids";
import { BANK_ACCOUNT_NUMBER, BANK_ID } from "./portfolio-schema";
import { route } from "./routes-util";
import type { Runtime } from "./runtime";
import { isoDatetime, METADATA_FIELDS, type User } from "./state";
import { parseOrThrow } from "./validation";

export const USER_STATUSES = ["WAITING_FOR_VERIFICATION", "WAITING_FOR_SIGNATURE", "ACTIVE"] as const;

// The docs spell the account type both `bank_account_number_type` and `bank_account_type`; both are accepted.
const counterAccountSchema = z.strictObject({
  bank_account_number: z.string().regex(BANK_ACCOUNT_NUMBER),
  bank_account_number_type: z.enum(["ABA", "IBAN"]).optional(),
  bank_account_type: z.enum(["ABA", "IBAN"]).optional(),
  bank_id: z.string().regex(BANK_ID).nullable().optional(),
  bank_id_type: z.enum(["BIC", "ABA"]).nullable().optional(),
});

const createUserSchema = z.strictObject({
  external_id: z.string().max(64).nullable().optional(),
  first_name: z.string().max(128).nullable().optional(),
  last_name: z.string().max(128).nullable().optional(),
  email: z
    .string()
    .regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/)
    .nullable()
    .optional(),
  phone: z
    .string()
    .regex(/^\+[1-9][0-9]{7,15}$/)
    .nullable()
    .optional(),
  language: z
    .string()
    .regex(/^[a-z]{2}(-[A-Z]{2})?$/)
    .nullable()
    .optional(),
  counter_account: counterAccountSchema.nullable().optional(),
  status: z.enum(USER_STATUSES).optional(),
});

// Docs: external_id, names, counter_account, language and status may change; email and phone are write once.
const patchUserSchema = createUserSchema.partial();

export function userToWire(user: User) {
  return { ...user, _embedded: {} };
}

const USER_FIELDS = new Set<string>([
  ...METADATA_FIELDS,
  "first_name",
  "last_name",
  "email",
  "phone",
  "language",
  "counter_account",
  "status",
  "brokerage_user_id",
  "idp_user_id",
  "products",
]);
const isKnownUserField = (field: string) =>
  USER_FIELDS.has(field) || (field.startsWith("counter_account.") && field.split(".").length === 2);

export function registerUserRoutes(app: FastifyInstance, rt: Runtime) {
  const { state } = rt;

  // GET /users/ - the collection (same envelope and parameters as portfolios)
  route(app, "GET", "/users/", async (request) =>
    listCollection(request, {
      items: () => Object.values(state.users),
      toWire: userToWire,
      isKnownField: isKnownUserField,
      embeddable: ["readable_by", "modifiable_by", "version_authored_by_user_id"],
      resolve: (id) => (state.users[id] ? userToWire(state.users[id]) : undefined),
    }),
  );

  // POST /users/ - create; `{}` is valid, `?create_idp_user=true` needs a unique email and phone
  route(app, "POST", "/users/", async (request, reply) => {
    const body = parseOrThrow(createUserSchema, request.body ?? {});
    const withIdp = (request.query as Record<string, string | undefined>).create_idp_user === "true";
    if (withIdp) {
      const missing = (["email", "phone"] as const).filter((f) => !body[f]);
      if (missing.length > 0) {
        throw badRequest(
          missing.map((f) => ({ loc: ["body", f], msg: "field required when create_idp_user=true", type: "value_error.missing" })),
          request.body,
        );
      }
      for (const field of ["email", "phone"] as const) {
        if (Object.values(state.users).some((u) => u[field] === body[field])) {
          throw conflict(["body", field], `${field} is already used by another user`, request.body);
        }
      }
    }
    const externalId = body.external_id ?? null;
    if (externalId !== null) {
      const taken = Object.values(state.users).find((u) => u.external_id === externalId);
      if (taken) throw conflict(["body", "external_id"], `external_id '${externalId}' is already used by ${taken.id}`, request.body);
    }
    const t = rt.now();
    const id = entityId("U", t);
    const user: User = {
      id,
      external_id: externalId,
      readable_by: [id],
      modifiable_by: [id],
      creation_datetime: isoDatetime(t),
      version: 1,
      version_datetime: isoDatetime(t),
      version_authored_by_user_id: principalOf(request),
      deleted: false,
      first_name: body.first_name ?? null,
      last_name: body.last_name ?? null,
      email: body.email ?? null,
      phone: body.phone ?? null,
      language: body.language ?? null,
      counter_account: body.counter_account ? { bank_id: null, bank_id_type: null, ...body.counter_account } : null,
      status: body.status ?? "WAITING_FOR_VERIFICATION",
      brokerage_user_id: null,
      idp_user_id: withIdp ? randomUUID() : null,
      products: [],
    };
    state.users[id] = user;
    rt.markDirty();
    return reply.code(201).send(userToWire(user));
  });

  // GET /users/:id - one user
  route(app, "GET", "/users/:id/", async (request) => {
    const { id } = request.params as { id: string };
    const user = state.users[id];
    if (!user) throw notFound(id);
    return userToWire(user);
  });

  // PATCH /users/:id - partial update, one new version per change
  route(app, "PATCH", "/users/:id/", async (request) => {
    const { id } = request.params as { id: string };
    const before = state.users[id];
    if (!before || before.deleted) throw notFound(id);
    const body = parseOrThrow(patchUserSchema, request.body ?? {});
    for (const field of ["email", "phone"] as const) {
      if (body[field] !== undefined && before[field] !== null && body[field] !== before[field]) throw writeOnce([field]);
    }
    if (body.external_id) {
      const taken = Object.values(state.users).find((u) => u.external_id === body.external_id && u.id !== id);
      if (taken) throw conflict(["body", "external_id"], `external_id '${body.external_id}' is already used by ${taken.id}`, request.body);
    }
    const changes = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    const after: User = { ...before, ...changes } as User;
    if (JSON.stringify(after) === JSON.stringify(before)) return userToWire(before);
    const next: User = {
      ...after,
      version: before.version + 1,
      version_datetime: isoDatetime(rt.now()),
      version_authored_by_user_id: principalOf(request),
    };
    state.users[id] = next;
    rt.markDirty();
    return userToWire(next);
  });
}
