import { z } from "zod";

import type { FetchLike } from "../http";
import { seg, type Call } from "./call";
import type { AccountRef } from "./client-accounts";
import { customerPath } from "./client-customers";
import { WA_REPORT_FORMATS, WA_REPORT_TYPES, waReportListSchema, type WiseAlphaReportFile } from "./report-schemas";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

/**
 * A fetch that keeps a successful answer's bytes and hands the shared call an empty body,
 * so timeouts, retries and error mapping stay the shared ones while the file stays binary.
 */
function fileFetch(base: FetchLike | undefined) {
  const kept: { file: WiseAlphaReportFile | null } = { file: null };
  const fetchFile: FetchLike = async (url, init) => {
    const response = await (base ?? fetch)(url, init);
    if (!response.ok) return response;
    const disposition = response.headers.get("content-disposition") ?? "";
    kept.file = {
      bytes: new Uint8Array(await response.arrayBuffer()),
      contentType: response.headers.get("content-type") ?? "application/octet-stream",
      fileName: /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? "report",
    };
    return new Response(null, { status: response.status, headers: response.headers });
  };
  return { fetchFile, kept };
}

/** Reports of one investment account (seed 004 "Reporting"). */
export function reportMethods(call: Call, baseFetch: FetchLike | undefined) {
  const base = (ref: AccountRef) => `/customers/${customerPath(ref.customerId)}/investment-accounts/${seg(ref.accountId)}/reports`;
  return {
    listReports: async (ref: AccountRef) => call({ path: `${base(ref)}/`, schema: waReportListSchema }),
    /** Generating creates nothing at WiseAlpha (it answers with the file), so it is safe to repeat. */
    generateReport: async (
      ref: AccountRef & {
        reportType: (typeof WA_REPORT_TYPES)[number];
        format: (typeof WA_REPORT_FORMATS)[number];
        from?: string;
        to?: string;
      },
    ): Promise<WiseAlphaReportFile> => {
      const { fetchFile, kept } = fileFetch(baseFetch);
      await call({
        method: "POST",
        path: `${base(ref)}/generate/`,
        body: {
          report_type: z.enum(WA_REPORT_TYPES).parse(ref.reportType),
          format: z.enum(WA_REPORT_FORMATS).parse(ref.format),
          ...(ref.from ? { from_date: isoDate.parse(ref.from) } : {}),
          ...(ref.to ? { to_date: isoDate.parse(ref.to) } : {}),
        },
        fetch: fetchFile,
        schema: z.undefined(),
        refusals: { 400: "WiseAlpha cannot produce this report in that format or for those dates." },
      });
      if (!kept.file) throw new Error("WiseAlpha answered the report request without a file");
      return kept.file;
    },
  };
}
