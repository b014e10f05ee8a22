import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

import { badRequest } from "../http/errors";
import { resolvePath } from "../http/resolve-path";
import { body, routes } from "../http/route";
import { buildReport, CONTENT_TYPES, REPORT_TYPES } from "../reports/build";
import type { Runtime } from "../store/runtime";

const BASE = "/v1/customers/:customer_id/investment-accounts/:account_id/reports";
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reporting (seed 004): the report list, and generation, which answers with the file itself in
 * the requested format (text/csv or application/pdf, as an attachment). The seed names no
 * request fields: `report_type` (the seed's tag), `format`, optional `from_date`/`to_date`.
 */
export function reportRoutes(app: FastifyInstance, rt: Runtime) {
  const r = routes(app);

  r.get(BASE, async (request, reply) => {
    if (!resolvePath(rt, request, reply)) return reply;
    return REPORT_TYPES.map((t) => ({ report_type: t.tag, name: t.name, formats: t.formats, description: t.description }));
  });

  const generate = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = resolvePath(rt, request, reply);
    if (!path) return reply;
    const input = { ...(request.query as Record<string, unknown>), ...body(request) };
    const type = REPORT_TYPES.find((t) => t.tag === input.report_type);
    if (!type)
      return badRequest(reply, {
        report_type: [
          input.report_type === undefined ? "This field is required." : `"${String(input.report_type)}" is not a valid choice.`,
        ],
      });
    const format = String(input.format ?? type.formats[0]);
    if (!(type.formats as readonly string[]).includes(format))
      return badRequest(reply, { format: [`"${format}" is not available for ${type.tag}; use ${type.formats.join(" or ")}.`] });
    const errors: Record<string, string[]> = {};
    for (const field of ["from_date", "to_date"] as const)
      if (input[field] !== undefined && !DATE.test(String(input[field])))
        errors[field] = ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."];
    if (Object.keys(errors).length) return badRequest(reply, errors);
    const from = input.from_date as string | undefined;
    const to = input.to_date as string | undefined;
    if (from && to && from > to) return badRequest(reply, { non_field_errors: ["from_date must be on or before to_date."] });
    const file = buildReport(rt.state, path.account, type.tag, format as "csv" | "pdf", { from, to }, rt.now());
    const stamp = rt.now().toISOString().slice(0, 10);
    return reply
      .header("content-type", CONTENT_TYPES[format as "csv" | "pdf"])
      .header("content-disposition", `attachment; filename="${type.tag}_${path.account.id}_${stamp}.${format}"`)
      .send(file);
  };
  r.post(`${BASE}/generate`, generate);
  r.get(`${BASE}/generate`, generate);
}
