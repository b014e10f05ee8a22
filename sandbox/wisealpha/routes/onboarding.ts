import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

import { UNSUPPORTED_FORMAT, detectDocumentFormat, fileNameFromDisposition, isKnownDocumentType } from "../domain/documents";
import { markDocumentsProvidedIfComplete } from "../domain/onboarding";
import { QUESTIONNAIRE_TYPES, type QuestionnaireType } from "../domain/questionnaire-data";
import { gradeAnswers, questionnaireBody, recordAttempt, type AnswerInput } from "../domain/questionnaires";
import { resolveCustomer } from "../http/auth";
import { badRequest, notFound } from "../http/errors";
import { body, params, query, routes } from "../http/route";
import { timestamp, type Runtime } from "../store/runtime";

const isType = (t: unknown): t is QuestionnaireType => QUESTIONNAIRE_TYPES.includes(t as QuestionnaireType);
const typeError = (t: unknown) => ({
  type: [t === undefined || t === "" ? "This field is required." : `"${String(t)}" is not a valid choice.`],
});

/** Questionnaires and document uploads (seed: Customer Profiles / User Onboarding). */
export function onboardingRoutes(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);

  // Outside a customer's context the questionnaire has user_status: null (seed).
  r.get("/v1/questionnaires/", async (request, reply) => {
    const type = query(request).type;
    return isType(type) ? questionnaireBody(type, null) : badRequest(reply, typeError(type));
  });

  r.get("/v1/customers/:customer_id/questionnaire/", async (request, reply) => {
    const customer = resolveCustomer(rt, request, reply, params(request).customer_id);
    if (!customer) return reply;
    const type = query(request).type;
    return isType(type) ? questionnaireBody(type, customer.questionnaires[type]) : badRequest(reply, typeError(type));
  });

  // Seed: "In all cases, the endpoint returns a 200 response"; pass/fail is in user_status.
  r.post("/v1/customers/:customer_id/upload_questionnaire_results/", async (request, reply) => {
    const customer = resolveCustomer(rt, request, reply, params(request).customer_id);
    if (!customer) return reply;
    const input = body(request);
    if (!isType(input.type)) return badRequest(reply, typeError(input.type));
    if (!Array.isArray(input.questions_answered)) return badRequest(reply, { questions_answered: ["This field is required."] });
    const passed = gradeAnswers(input.type, input.questions_answered as AnswerInput[]);
    customer.questionnaires[input.type] = recordAttempt(customer.questionnaires[input.type] ?? { failed: 0, passed: false }, passed);
    return questionnaireBody(input.type, customer.questionnaires[input.type]);
  });

  r.post("/v1/customers/:customer_id/upload_:document_type/", (request, reply) => upload(rt, request, reply));
}

/**
 * Raw body (Content-Type + Content-Disposition) or multipart/form-data with one part
 * named `document` (seed: Document upload). The format comes from the magic bytes.
 */
async function upload(rt: Runtime, request: FastifyRequest, reply: FastifyReply) {
  const customer = resolveCustomer(rt, request, reply, params(request).customer_id);
  if (!customer) return reply;
  const type = params(request).document_type ?? "";
  if (!isKnownDocumentType(type)) return notFound(reply);
  // Seed: AML documents can be uploaded any time; other documents only once requested.
  if (type !== "photo_id" && type !== "proof_of_address" && !customer.requested_documents[type]) {
    return badRequest(reply, { document: [`A ${type} document has not been requested for this customer.`] });
  }

  let data: Buffer | undefined;
  let fileName = "document";
  let contentType = request.headers["content-type"] ?? "application/octet-stream";
  if (request.isMultipart()) {
    for await (const part of request.parts()) {
      if (part.type === "file" && part.fieldname === "document" && !data) {
        data = await part.toBuffer();
        fileName = part.filename || fileName;
        contentType = part.mimetype;
      } else if (part.type === "file") {
        await part.toBuffer();
      }
    }
  } else if (Buffer.isBuffer(request.body)) {
    data = request.body;
    fileName = fileNameFromDisposition(request.headers["content-disposition"]);
  } else if (typeof request.body === "string") {
    data = Buffer.from(request.body);
  }
  if (!data || data.length === 0) return badRequest(reply, { document: ["No file was submitted."] });
  if (!detectDocumentFormat(data)) return badRequest(reply, { document: [UNSUPPORTED_FORMAT] });

  customer.documents[type] = {
    status: "provided",
    original_file_name: fileName,
    content_type: contentType,
    size: data.length,
    uploaded: timestamp(rt.now()),
  };
  markDocumentsProvidedIfComplete(customer);
  return { status: "ok" };
}
