import { enumWords } from "@/lib/format/enums";
import type { WiseAlphaCustomer } from "@/lib/providers/wisealpha/transform";
import { documentLabel } from "@/lib/validations/onboarding-documents";

import {
  ACCESS_FLAG_KEYS,
  ACCESS_FLAGS,
  DOCUMENT_STATE_WORDS,
  NEXT_ACTION_WORDS,
  PROFILE_FIELD_WORDS,
  QUESTIONNAIRE_STATE_WORDS,
  QUESTIONNAIRE_WORDS,
} from "./words";

/** One short line for a list cell and the full words for its hover: the customers list stays one row high. */
export type CellSummary = { short: string; full: string };

const none: CellSummary = { short: "—", full: "none" };

function counted(items: string[], noun: string): CellSummary {
  if (items.length === 0) return none;
  return {
    short: items.length === 1 ? items[0]! : `${items[0]} +${items.length - 1}`,
    full: `${items.length} ${noun}: ${items.join("; ")}`,
  };
}

export function summarizeCustomer(customer: WiseAlphaCustomer) {
  const v = customer.validation;
  const documents = Object.entries(v.documents).filter(([, state]) => state !== "not-yet-needed");
  const byState = new Map<string, number>();
  for (const [, state] of documents) {
    const word = enumWords(state, DOCUMENT_STATE_WORDS).toLowerCase();
    byState.set(word, (byState.get(word) ?? 0) + 1);
  }
  const questionnaires = Object.entries(v.questionnaire).filter(([, s]) => s !== "not-attempted");
  const may = ACCESS_FLAG_KEYS.filter((k) => v[k]).map((k) => ACCESS_FLAGS[k]);
  return {
    nextActions: counted(
      v.next_actions.map((a) => enumWords(a, NEXT_ACTION_WORDS)),
      "next actions",
    ),
    missingFields: counted(
      v.fields_needed.map((f) => enumWords(f, PROFILE_FIELD_WORDS)),
      "missing fields",
    ),
    documents: documents.length
      ? {
          short: [...byState].map(([word, n]) => `${n} ${word}`).join(", "),
          full: documents
            .map(([type, state]) => {
              const reason = v.document_info[type]?.rejection_reason;
              return `${documentLabel(type)}: ${enumWords(state, DOCUMENT_STATE_WORDS)}${reason ? ` (${reason})` : ""}`;
            })
            .join("; "),
        }
      : none,
    rejected: documents.some(([, state]) => state === "rejected"),
    questionnaires: counted(
      questionnaires.map(([type, s]) => `${enumWords(type, QUESTIONNAIRE_WORDS)} ${enumWords(s, QUESTIONNAIRE_STATE_WORDS).toLowerCase()}`),
      "questionnaires",
    ),
    may: may.length ? { short: may.length === ACCESS_FLAG_KEYS.length ? "Everything" : may.join(", "), full: may.join(", ") } : null,
  };
}
