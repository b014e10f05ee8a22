import { z } from "zod";

/** Reporting (seed 004 "Reporting"): the report types, their formats and what comes back. */

export const WA_REPORT_TYPES = ["portfolio_value", "gain_loss", "account_statement", "tax_report"] as const;
export type WiseAlphaReportType = (typeof WA_REPORT_TYPES)[number];
export const WA_REPORT_FORMATS = ["csv", "pdf"] as const;
export type WiseAlphaReportFormat = (typeof WA_REPORT_FORMATS)[number];

export const waReportListSchema = z.array(
  z.object({
    report_type: z.enum(WA_REPORT_TYPES),
    name: z.string(),
    formats: z.array(z.enum(WA_REPORT_FORMATS)),
    description: z.string().optional(),
  }),
);
export type WiseAlphaReportInfo = z.infer<typeof waReportListSchema>[number];

/** A generated report: the file as WiseAlpha sent it. */
export type WiseAlphaReportFile = { bytes: Uint8Array; contentType: string; fileName: string };
