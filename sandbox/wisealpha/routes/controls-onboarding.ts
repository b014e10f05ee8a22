import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

import { documentTypeDisplay, isKnownDocumentType } from "../domain/documents";
import { badRequest, notFound } from "../http/errors";
import { body, params, routes } from "../http/route";
import { emitAccountEvent, timestamp, type Runtime } from "../store/runtime";
import type { AmlStatus, Customer, UploadedDocument } from "../store/types";

/**
 * Scenario controls for the offline parts of onboarding (the AML agency, WiseAlpha's
 * compliance team). Each one changes the profile and emits the seed's account.* event.
 */
const conflict = (reply: FastifyReply, detail: string) => reply.code(409).send({ detail });
const text = (v: unknown, fallback: string) => (typeof v === "string" && v.trim() ? v.trim() : fallback);

export function onboardingControls(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);
  const customerOf = (id: string | undefined) => (id ? rt.state.customers[id] : undefined);
  const withProfile = (c: NonNullable<ReturnType<typeof customerOf>>, event: { id: string; event_type: string }) => ({
    event_id: event.id,
    event_type: event.event_type,
    customer_id: c.customer_id,
    aml_check: c.aml_status,
  });
  /** Compliance approves or rejects an uploaded document of a known customer (404 / 409 otherwise). */
  const decideDocument = (
    decision: "approve" | "reject",
    decide: (c: Customer, doc: UploadedDocument, document_type: string, request: FastifyRequest) => unknown,
  ) =>
    r.post(`/__sandbox/customers/:customer_id/documents/:document_type/${decision}`, async (request, reply) => {
      const { customer_id, document_type = "" } = params(request);
      const c = customerOf(customer_id);
      const doc = c?.documents[document_type];
      if (!c) return notFound(reply);
      if (!doc) return conflict(reply, `No ${document_type} document has been uploaded.`);
      return decide(c, doc, document_type, request);
    });

  r.post("/__sandbox/customers/:customer_id/aml", async (request, reply) => {
    const c = customerOf(params(request).customer_id);
    if (!c) return notFound(reply);
    const result = body(request).result;
    if (result !== "pass" && result !== "fail") return badRequest(reply, { result: ['Must be "pass" or "fail".'] });
    const open: AmlStatus[] = ["No Check Performed", "AML Check Pending"];
    if (!open.includes(c.aml_status)) return conflict(reply, `The AML check is not pending (status: ${c.aml_status}).`);
    c.aml_status = result === "pass" ? "Auto Check Passed" : "Auto Check Failed";
    return withProfile(c, emitAccountEvent(rt, `account.aml-check-${result === "pass" ? "passed" : "failed"}`, c));
  });

  decideDocument("reject", (c, doc, document_type, request) => {
    doc.status = "rejected";
    doc.rejection_reason = text(body(request).reason, "The document could not be verified.");
    // A rejected ID document reopens the AML process until a replacement arrives.
    if (c.aml_status === "AML Documents Provided" && (document_type === "photo_id" || document_type === "proof_of_address"))
      c.aml_status = "Auto Check Failed";
    const document = {
      type: document_type,
      type_display: documentTypeDisplay(document_type),
      original_file_name: doc.original_file_name,
      rejection_reason: doc.rejection_reason,
    };
    return withProfile(c, emitAccountEvent(rt, "account.document-rejected", c, { document }));
  });

  r.post("/__sandbox/customers/:customer_id/documents/:document_type/request", async (request, reply) => {
    const { customer_id, document_type = "" } = params(request);
    const c = customerOf(customer_id);
    if (!c) return notFound(reply);
    if (!isKnownDocumentType(document_type) || document_type === "photo_id" || document_type === "proof_of_address") {
      return badRequest(reply, { document_type: ["Only supporting documents such as bank_statement:GBP can be requested."] });
    }
    c.requested_documents[document_type] = {
      request_reason: text(body(request).reason, "We could not verify that you own the bank account."),
    };
    delete c.documents[document_type];
    return withProfile(
      c,
      emitAccountEvent(rt, "account.additional-document-required", c, {
        document: { type: document_type, type_display: documentTypeDisplay(document_type) },
      }),
    );
  });

  decideDocument("approve", (c, doc, document_type) => {
    doc.status = "approved";
    return { customer_id: c.customer_id, document_type, status: "approved" };
  });

  r.post("/__sandbox/customers/:customer_id/identity-documents/verify", async (request, reply) => {
    const c = customerOf(params(request).customer_id);
    if (!c) return notFound(reply);
    const docs = [c.documents.photo_id, c.documents.proof_of_address];
    if (docs.some((d) => !d || d.status === "rejected"))
      return conflict(reply, "Both photo_id and proof_of_address must be uploaded (and not rejected) first.");
    for (const d of docs) d!.status = "approved";
    c.aml_status = "AML Documents Verified";
    return withProfile(c, emitAccountEvent(rt, "account.identity-documents-verified", c));
  });

  r.post("/__sandbox/customers/:customer_id/bank-details/:currency/reject", async (request, reply) => {
    const { customer_id, currency = "" } = params(request);
    const c = customerOf(customer_id);
    if (!c) return notFound(reply);
    if (!c.bank_details[currency.toUpperCase()]) return conflict(reply, `No ${currency} bank details have been provided.`);
    const reason = text(body(request).reason, "The sort code does not identify a real bank.");
    delete c.bank_details[currency.toUpperCase()];
    c.bank_errors[currency.toUpperCase()] = reason;
    return withProfile(c, emitAccountEvent(rt, "account.bank-details-rejected", c, { rejection_reason: reason }));
  });

  r.post("/__sandbox/customers/:customer_id/investor-type/approve", async (request, reply) => {
    const c = customerOf(params(request).customer_id);
    if (!c) return notFound(reply);
    if (!c.pending_investor_type) return conflict(reply, "There is no pending investor type change.");
    c.investor_type = { ...c.pending_investor_type, date_selected: timestamp(rt.now()) };
    c.pending_investor_type = null;
    return withProfile(c, emitAccountEvent(rt, "account.investor-type-approved", c));
  });

  r.post("/__sandbox/customers/:customer_id/compliance", async (request, reply) => {
    const c = customerOf(params(request).customer_id);
    if (!c) return notFound(reply);
    const input = body(request);
    if (typeof input.perpetuals === "boolean") c.market_access.perpetuals = input.perpetuals;
    if (typeof input.special_situations === "boolean") c.market_access.special_situations = input.special_situations;
    if (typeof input.withdrawal_blocked === "boolean") c.withdrawal_blocked = input.withdrawal_blocked;
    return { customer_id: c.customer_id, market_access: c.market_access, withdrawal_blocked: c.withdrawal_blocked };
  });
}
