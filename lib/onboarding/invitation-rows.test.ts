import { describe, expect, it } from "vitest";

import type { CashlinkInvestment, CashlinkInvitation } from "@/lib/providers/cashlink/transform";
import { invitationFilterSchema } from "@/lib/validations/cashlink-onboarding";

import { matchesFilter, stageOf, toInvitationRow } from "./invitation-rows";

const at = "2026-11-20T09:00:00+00:00";
const invitation = (over: Partial<CashlinkInvitation>): CashlinkInvitation => ({
  id: "inv",
  investor_id: "8d2f6b1a-investor",
  campaign_id: "c",
  units: 1100,
  amount: { amount: "1100000", decimals: 3, currency: "EUR" },
  self_disclosure_questions: ["self_disclosure_monthly_income"],
  ...over,
});
const investment = (over: Partial<CashlinkInvestment>): CashlinkInvestment => ({
  id: "i1",
  status: "ACCEPTED",
  investor_id: "8d2f6b1a-investor",
  campaign_id: "c",
  units: 1100,
  signed_at: at,
  ...over,
});
const filter = (params: Record<string, string>) => invitationFilterSchema.parse(params);

const fresh = toInvitationRow(invitation({}), null);
const ready = toInvitationRow(
  invitation({ self_disclosure_submitted_at: at, survey_submitted_at: at, survey: [], survey_waiver: "NO_ANSWERS" }),
  null,
);
const invested = toInvitationRow(
  invitation({ self_disclosure_submitted_at: at, survey_submitted_at: at, survey: [], survey_waiver: "NO_ANSWERS", investment_id: "i1" }),
  investment({ wallet: "w1" }),
);

describe("invitation rows and the list filters", () => {
  it("puts each invitation in one stage and keeps the money exact with its currency", () => {
    expect([stageOf(fresh), stageOf(ready), stageOf(invested)]).toEqual(["incomplete", "ready", "invested"]);
    expect(ready.amount).toEqual({ amount: "1100.000", currency: "EUR" });
  });

  it("filters by stage, by each checklist item's completeness and by investment status", () => {
    const rows = [fresh, ready, invested];
    const keep = (params: Record<string, string>) => rows.filter((r) => matchesFilter(r, filter(params)));
    expect(keep({ stage: "ready" })).toEqual([ready]);
    expect(keep({ selfDisclosure: "incomplete" })).toEqual([fresh]);
    expect(keep({ survey: "complete" })).toEqual([ready, invested]);
    expect(keep({ signed: "complete", wallet: "complete" })).toEqual([invested]);
    expect(keep({ wallet: "incomplete" })).toEqual([fresh, ready]);
    expect(keep({ status: "NONE" })).toEqual([fresh, ready]);
    expect(keep({ status: "ACCEPTED" })).toEqual([invested]);
    expect(keep({ investor: "8D2F" })).toEqual(rows);
    expect(keep({})).toEqual(rows);
  });

  it("refuses an unknown filter value in the URL", () => {
    expect(invitationFilterSchema.safeParse({ survey: "maybe" }).success).toBe(false);
    expect(invitationFilterSchema.safeParse({ status: "SHIPPED" }).success).toBe(false);
  });
});
