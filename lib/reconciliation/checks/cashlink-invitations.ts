import { CASHLINK_INVITATIONS_CHECK } from "../check-names";
import type { Finding, ReconciliationCheck } from "../types";

/** Cashlink invitations against our onboarding cases (one case each; readiness as Cashlink states it). One paged read. */
export const cashlinkInvitations: ReconciliationCheck = {
  name: CASHLINK_INVITATIONS_CHECK,
  provider: "CASHLINK",
  async run({ db, clients }) {
    const cases = await db.onboardingCase.findMany({
      where: { subjectType: "CASHLINK_INVITATION" },
      select: { id: true, subjectRef: true, providerReady: true, status: true },
    });
    const ours = new Map(cases.map((c) => [c.subjectRef, c]));
    const findings: Finding[] = [];
    let checked = 0;
    for await (const invitation of clients.cashlink.iterateInvitations()) {
      checked += 1;
      const ready = (invitation.missing_requirements ?? []).length === 0;
      const row = ours.get(invitation.id);
      const theirs = { ready, units: invitation.units, investment: invitation.investment_id ?? null };
      if (!row) {
        findings.push({
          objectType: "invitation",
          objectRef: invitation.id,
          kind: "missing_case",
          summary: "Cashlink has this invitation; we hold no onboarding case.",
          ours: null,
          theirs,
        });
      } else if (row.providerReady !== ready) {
        findings.push({
          objectType: "invitation",
          objectRef: invitation.id,
          kind: "readiness_differs",
          summary: `Our case says the investor is ${row.providerReady ? "" : "not "}ready; Cashlink says ${ready ? "" : "not "}ready.`,
          ours: { case: row.id, ready: row.providerReady, status: row.status },
          theirs,
        });
      }
    }
    return { objectsChecked: checked, findings };
  },
};
