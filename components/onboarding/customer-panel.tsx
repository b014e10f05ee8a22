import { Badge } from "@/components/ui/badge";
import { bankErrors, questionnaireAttempts } from "@/lib/onboarding/customer-flags";
import type { WiseAlphaCustomer, WiseAlphaQuestionnaire } from "@/lib/providers/wisealpha/transform";
import { documentLabel } from "@/lib/validations/onboarding-documents";

const DOC_TONE: Record<string, "good" | "warn" | "bad" | "neutral" | "info"> = {
  approved: "good",
  accepted: "good",
  provided: "info",
  required: "warn",
  rejected: "bad",
};

type QuestionnaireStatus = { type: string; status: WiseAlphaQuestionnaire["user_status"] | null; error: string | null };

/** The customer's onboarding at WiseAlpha as the projection holds it (the `validation` object, seed 004). */
export function CustomerPanel({ customer, questionnaires }: { customer: WiseAlphaCustomer; questionnaires: QuestionnaireStatus[] }) {
  const v = customer.validation;
  const flags = (
    ["can_invest", "can_invest_high_yield", "can_invest_perpetuals", "can_invest_special_situations", "can_withdraw"] as const
  ).map((k) => [k, v[k]] as const);
  const byType = new Map(questionnaires.map((q) => [q.type, q]));
  return (
    <section
      aria-label="WiseAlpha onboarding"
      className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
      data-testid="customer-panel"
    >
      <h2 className="mb-2 text-sm font-semibold">
        WiseAlpha customer {customer.customer_id} · {customer.email}
      </h2>
      <dl className="grid grid-cols-[10rem_1fr] gap-x-3 gap-y-1.5">
        <dt className="text-slate-600">Validation status</dt>
        <dd data-testid="validation-status">{v.status}</dd>
        <dt className="text-slate-600">AML check</dt>
        <dd>
          {v.aml_check.status} {v.aml_check.passed ? <Badge tone="good">passed</Badge> : <Badge>not passed</Badge>}
        </dd>
        <dt className="text-slate-600">Investor type</dt>
        <dd>
          {customer.investor_type
            ? `${customer.investor_type.investor_type} (since ${customer.investor_type.date_selected?.slice(0, 10) ?? "?"})`
            : "none"}
        </dd>
        <dt className="text-slate-600">Next actions</dt>
        <dd>{v.next_actions.length ? v.next_actions.join(", ") : "none"}</dd>
        <dt className="text-slate-600">Missing fields</dt>
        <dd data-testid="fields-needed">{v.fields_needed.length ? v.fields_needed.join(", ") : "none"}</dd>
        <dt className="text-slate-600">Bank details</dt>
        <dd>
          {bankErrors(customer).length
            ? bankErrors(customer)
                .map((b) => `${b.currency ?? ""} rejected: ${b.error}`)
                .join("; ")
            : "no rejection"}
        </dd>
        <dt className="text-slate-600">Flags</dt>
        <dd className="flex flex-wrap gap-1">
          {flags.map(([k, on]) => (
            <Badge key={k} tone={on ? "good" : "neutral"}>
              {k} {on ? "yes" : "no"}
            </Badge>
          ))}
        </dd>
      </dl>
      <h3 className="mt-3 mb-1 text-xs font-semibold text-slate-700 uppercase">Documents</h3>
      <ul className="space-y-1" data-testid="documents">
        {Object.entries(v.documents).map(([type, state]) => (
          <li key={type} data-testid={`document-${type}`}>
            {documentLabel(type)}: <Badge tone={DOC_TONE[state] ?? "neutral"}>{state}</Badge>
            {v.document_info[type]?.rejection_reason && (
              <span className="ml-2 text-red-800">Rejected: {v.document_info[type]!.rejection_reason}</span>
            )}
            {v.document_info[type]?.request_reason && (
              <span className="ml-2 text-slate-700">Requested: {v.document_info[type]!.request_reason}</span>
            )}
          </li>
        ))}
      </ul>
      <h3 className="mt-3 mb-1 text-xs font-semibold text-slate-700 uppercase">Questionnaires</h3>
      <table className="w-full text-left text-xs" data-testid="questionnaires">
        <thead className="text-slate-600">
          <tr>
            <th className="py-1">Type</th>
            <th>State</th>
            <th>Failed attempts</th>
            <th>Remaining</th>
            <th>Blocked</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(v.questionnaire).map(([type, state]) => {
            const live = byType.get(type);
            const attempts = questionnaireAttempts(state);
            return (
              <tr key={type} className="border-t border-slate-100">
                <td className="py-1">{type}</td>
                <td>{state}</td>
                <td>
                  {live?.status?.num_failed_attempts ?? attempts.failedAttempts ?? "?"}
                  {live?.status?.max_num_failed_attempts ? ` of ${live.status.max_num_failed_attempts}` : ""}
                </td>
                <td>{live?.status ? (live.status.num_attempts_remaining ?? "no limit") : live?.error ? "unavailable" : "—"}</td>
                <td>{live?.status?.blocked_message ?? (attempts.blocked ? "blocked" : "")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
