import { createHash } from "node:crypto";

import type { QuestionnaireProgress } from "../store/types";
import { FAQS, QUESTIONNAIRES, type QuestionnaireType } from "./questionnaire-data";

/** Seed: "max_num_failed_attempts": 3; the third failure blocks the questionnaire ("failed"). */
export const MAX_FAILED_ATTEMPTS = 3;

export const BLOCKED_MESSAGE = "You have failed this questionnaire too many times. Please contact WiseAlpha support to continue.";

export type AnswerInput = { question_id?: unknown; answer_id?: unknown; answer_text?: unknown };

/** Pure: true when every question is answered and every radio answer is the correct one. */
export function gradeAnswers(type: QuestionnaireType, answers: AnswerInput[]): boolean {
  return QUESTIONNAIRES[type].questions.every((question) => {
    const given = answers.find((a) => Number(a.question_id) === question.id);
    if (!given) return false;
    if (question.question_type === "free_text") {
      return (typeof given.answer_text === "string" && given.answer_text.trim() !== "") || given.answer_id !== undefined;
    }
    return Number(given.answer_id) === question.correct;
  });
}

/** Pure: the progress after one submission. Blocked or passed questionnaires do not change. */
export function recordAttempt(progress: QuestionnaireProgress, passed: boolean): QuestionnaireProgress {
  if (progress.passed || progress.failed >= MAX_FAILED_ATTEMPTS) return progress;
  return passed ? { ...progress, passed: true } : { ...progress, failed: progress.failed + 1 };
}

/** The validation.questionnaire value: not-attempted | passed | failed | attempted-N-times. */
export function questionnaireState(progress: QuestionnaireProgress | undefined): string {
  if (!progress || (!progress.passed && progress.failed === 0)) return "not-attempted";
  if (progress.passed) return "passed";
  if (progress.failed >= MAX_FAILED_ATTEMPTS) return "failed";
  return `attempted-${progress.failed}-times`;
}

export function userStatus(progress: QuestionnaireProgress | undefined) {
  const failed = progress?.failed ?? 0;
  const blocked = !progress?.passed && failed >= MAX_FAILED_ATTEMPTS;
  return {
    blocked_message: blocked ? BLOCKED_MESSAGE : null,
    num_failed_attempts: failed,
    max_num_failed_attempts: MAX_FAILED_ATTEMPTS,
    num_attempts_remaining: Math.max(0, MAX_FAILED_ATTEMPTS - failed),
    passed: progress?.passed ?? false,
  };
}

/** The Questionnaire object; `user_status` is null outside a customer's context (seed). */
export function questionnaireBody(type: QuestionnaireType, progress: QuestionnaireProgress | undefined | null) {
  const def = QUESTIONNAIRES[type];
  const questions = def.questions.map((q) => ({
    id: q.id,
    question: q.question,
    answers: q.answers,
    mimetype: "text/plain",
    question_type: q.question_type,
  }));
  const hash = createHash("md5").update(JSON.stringify(questions)).digest("hex");
  return { type, help: def.help, questions, faqs: FAQS, user_status: progress === null ? null : userStatus(progress), hash };
}
