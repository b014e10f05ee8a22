import { enumWords } from "@/lib/format/enums";
import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";

import { QuestionnairesTable } from "./questionnaires-table";
import { bankErrors, questionnaireAttempts } from "@/lib/onboarding/customer-flags";
import type { WiseAlphaCustomer, WiseAlphaQuestionnaire } from "@/lib/providers/wisealpha/transform";
import {
  ACCESS_FLAG_KEYS,
  ACCESS_FLAGS,
  DOCUMENT_STATE_WORDS,
  NEXT_ACTION_WORDS,
  PROFILE_FIELD_WORDS,
  VALIDATION_STATUS_WORDS,
} from "@/lib/onboarding/words";
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
  const flags = ACCESS_FLAG_KEYS.map((k) => [k, v[k]] as const);
  const list = (table: Record<string, string>, raws: string[]) =>
    raws.length ? raws.map((raw) => enumWords(raw, table)).join(", ") : "none";
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
        <dd>
          {enumWords(v.status, VALIDATION_STATUS_WORDS)}{" "}
          <code className="text-xs text-slate-600" data-testid="validation-status">
            {v.status}
          </code>
        </dd>
        <dt className="text-slate-600">AML check</dt>
        <dd>
          {v.aml_check.status} {v.aml_check.passed ? <Badge tone="good">passed</Badge> : <Badge>not passed</Badge>}
        </dd>
        <dt className="text-slate-600">Investor type</dt>
        <dd>
          {customer.investor_type ? (
            <>
              {customer.investor_type.investor_type} (since{" "}
              {customer.investor_type.date_selected ? <DateTime value={customer.investor_type.date_selected} style="date" /> : "?"})
            </>
          ) : (
            "none"
          )}
        </dd>
        <dt className="text-slate-600">Next actions</dt>
        <dd title={v.next_actions.join(", ")}>{list(NEXT_ACTION_WORDS, v.next_actions)}</dd>
        <dt className="text-slate-600">Missing fields</dt>
        <dd data-testid="fields-needed" title={v.fields_needed.join(", ")}>
          {list(PROFILE_FIELD_WORDS, v.fields_needed)}
        </dd>
        <dt className="text-slate-600">Bank details</dt>
        <dd>
          {bankErrors(customer).length
            ? bankErrors(customer)
                .map((b) => `${b.currency ?? ""} rejected: ${b.error}`)
                .join("; ")
            : "no rejection"}
        </dd>
        <dt className="text-slate-600">May</dt>
        <dd className="flex flex-wrap gap-1">
          {flags.map(([k, on]) => (
            <span key={k} title={`${k}: ${String(on)}`}>
              <Badge tone={on ? "good" : "neutral"}>
                {ACCESS_FLAGS[k]}: {on ? "yes" : "no"}
              </Badge>
            </span>
          ))}
        </dd>
      </dl>
      <h3 className="mt-3 mb-1 text-xs font-semibold text-slate-700 uppercase">Documents</h3>
      <ul className="space-y-1" data-testid="documents">
        {Object.entries(v.documents).map(([type, state]) => (
          <li key={type} data-testid={`document-${type}`}>
            {documentLabel(type)}:{" "}
            <span title={state}>
              <Badge tone={DOC_TONE[state] ?? "neutral"}>{enumWords(state, DOCUMENT_STATE_WORDS)}</Badge>
            </span>
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
      <QuestionnairesTable
        rows={Object.entries(v.questionnaire).map(([type, state]) => {
          const live = byType.get(type);
          const attempts = questionnaireAttempts(state);
          const max = live?.status?.max_num_failed_attempts;
          return {
            type,
            state,
            failed: `${live?.status?.num_failed_attempts ?? attempts.failedAttempts ?? "?"}${max ? ` of ${max}` : ""}`,
            remaining: live?.status ? String(live.status.num_attempts_remaining ?? "no limit") : live?.error ? "unavailable" : "—",
            blocked: live?.status?.blocked_message ?? (attempts.blocked ? "blocked" : ""),
          };
        })}
      />
    </section>
  );
}
