import { CASHLINK_INVESTMENTS_CHECK } from "../check-names";
import type { Finding, ReconciliationCheck } from "../types";

/**
 * Cashlink investments against our investment requests (status and units), by the
 * investment id our request holds. One paged read of /v2/investments/; a request whose
 * investment Cashlink does not list is drift too.
 */
export const cashlinkInvestments: ReconciliationCheck = {
  name: CASHLINK_INVESTMENTS_CHECK,
  provider: "CASHLINK",
  async run({ db, clients }) {
    const requests = await db.cashlinkInvestmentRequest.findMany({
      where: { investmentId: { not: null } },
      select: { id: true, investmentId: true, investmentStatus: true, units: true, state: true },
    });
    const ours = new Map(requests.map((r) => [r.investmentId!, r]));
    const findings: Finding[] = [];
    const listed = new Set<string>();
    let checked = 0;
    for await (const investment of clients.cashlink.iterateInvestments()) {
      checked += 1;
      listed.add(investment.id);
      const request = ours.get(investment.id);
      if (!request) continue; // not created through us
      const statusDiffers = request.investmentStatus !== investment.status;
      const unitsDiffer = request.units !== investment.units;
      if (!statusDiffers && !unitsDiffer) continue;
      findings.push({
        objectType: "investment",
        objectRef: investment.id,
        kind: statusDiffers ? "status_differs" : "units_differ",
        summary: statusDiffers
          ? `Our request has the investment ${request.investmentStatus ?? "without a status"}; Cashlink says ${investment.status}.`
          : `Our request is for ${request.units} units; Cashlink's investment has ${investment.units}.`,
        ours: { request: request.id, status: request.investmentStatus, units: request.units },
        theirs: { status: investment.status, units: investment.units },
      });
    }
    for (const request of requests) {
      if (listed.has(request.investmentId!)) continue;
      findings.push({
        objectType: "investment",
        objectRef: request.investmentId!,
        kind: "missing_at_provider",
        summary: "Our request names this investment; Cashlink does not list it.",
        ours: { request: request.id, status: request.investmentStatus, units: request.units },
        theirs: null,
      });
    }
    return { objectsChecked: checked, findings };
  },
};
