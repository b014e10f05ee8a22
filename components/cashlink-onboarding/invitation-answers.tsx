"use client";

import { useState } from "react";

import { Field, Form, Input, Select } from "@/components/ui/field";
import { useFormatPrefs } from "@/components/ui/format-provider";
import { recordSelfDisclosureAction, recordSurveyAction, recordSurveyWaiverAction } from "@/lib/actions/cashlink-operations";
import { enumWords } from "@/lib/format/enums";
import { utcToZonedWallTime, zonedWallTimeToUtc } from "@/lib/format/zoned";

import { useCashlinkWrite } from "./use-cashlink-write";
import { WriteFooter } from "./write-footer";

/**
 * The investor's answers, recorded at Cashlink the way seed 003's guide does it: one PATCH for
 * the self-disclosure, one for the survey, one for the waiver. Staff type in what the investor
 * gave (on paper or in our frontend); each form is one keyed write.
 */
export function InvitationAnswers({
  invitationId,
  selfDisclosureNeeded,
  surveyQuestions,
  waiverNeeded,
}: {
  invitationId: string;
  selfDisclosureNeeded: boolean;
  surveyQuestions: string[];
  /** The waiver the survey result needs (NO_ANSWERS or NEGATIVE_RESULT), when one is missing. */
  waiverNeeded: string | null;
}) {
  return (
    <section aria-label="Investor answers" className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-sm font-semibold">Investor answers</h2>
      <SelfDisclosureForm invitationId={invitationId} needed={selfDisclosureNeeded} />
      <SurveyForm invitationId={invitationId} questions={surveyQuestions} />
      <WaiverForm invitationId={invitationId} needed={waiverNeeded} />
    </section>
  );
}

function useNow() {
  const { timeZone } = useFormatPrefs();
  const [value, setValue] = useState(() => utcToZonedWallTime(new Date(), timeZone) ?? "");
  return { timeZone, value, setValue, instant: () => zonedWallTimeToUtc(value, timeZone)?.toISOString() ?? value };
}

/** When the investor gave the answers, typed in the person's zone. */
function SubmittedAtField({ id, at, error }: { id: string; at: ReturnType<typeof useNow>; error?: string[] }) {
  return (
    <Field label={`Submitted at (${at.timeZone})`} htmlFor={id} error={error}>
      <Input id={id} type="datetime-local" value={at.value} onChange={(e) => at.setValue(e.target.value)} required />
    </Field>
  );
}

function SelfDisclosureForm({ invitationId, needed }: { invitationId: string; needed: boolean }) {
  const at = useNow();
  const [monthlyIncome, setMonthlyIncome] = useState(false);
  const [netWorth, setNetWorth] = useState(false);
  const write = useCashlinkWrite(recordSelfDisclosureAction, "Self-disclosure recorded at Cashlink.");
  return (
    <Form
      aria-label="Self-disclosure"
      className="flex flex-col gap-2 text-sm"
      onSubmit={() => write.run({ invitationId, submittedAt: at.instant(), monthlyIncome, netWorth100k: netWorth })}
    >
      <h3 className="font-medium">Self-disclosure</h3>
      <p className="text-xs text-slate-600">
        {needed
          ? "Needed: the amount is over EUR 1,000. Cashlink refuses answers that do not cover the amount."
          : "Not needed for this amount (up to EUR 1,000); it may still be recorded."}
      </p>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={monthlyIncome} onChange={(e) => setMonthlyIncome(e.target.checked)} />
        The investor has a regular monthly income
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={netWorth} onChange={(e) => setNetWorth(e.target.checked)} />
        The investor&apos;s net worth is over EUR 100,000
      </label>
      <SubmittedAtField id="self-disclosure-at" at={at} error={write.fieldErrors.submittedAt} />
      <WriteFooter write={write} errorTestId="self-disclosure-error">
        Record self-disclosure
      </WriteFooter>
    </Form>
  );
}

type Answer = "" | "yes" | "no";

function SurveyForm({ invitationId, questions }: { invitationId: string; questions: string[] }) {
  const at = useNow();
  const [declined, setDeclined] = useState(false);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const write = useCashlinkWrite(recordSurveyAction, "Survey recorded at Cashlink.");
  const given = questions.filter((q) => answers[q]);
  const complete = declined || given.length === questions.length;
  return (
    <Form
      aria-label="Survey"
      className="flex flex-col gap-2 text-sm"
      onSubmit={() => {
        const list = declined ? [] : questions.map((q) => ({ questionId: q, answer: answers[q] === "yes" }));
        void write.run({ invitationId, submittedAt: at.instant(), answers: list });
      }}
    >
      <h3 className="font-medium">Survey (knowledge and experience)</h3>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={declined} onChange={(e) => setDeclined(e.target.checked)} />
        The investor gave no answers (a NO_ANSWERS waiver follows)
      </label>
      {!declined && (
        <div className="grid gap-2 sm:grid-cols-2">
          {questions.map((q) => (
            <Field key={q} label={enumWords(q)} htmlFor={`survey-${q}`}>
              <Select
                id={`survey-${q}`}
                value={answers[q] ?? ""}
                onChange={(e) => setAnswers({ ...answers, [q]: e.target.value as Answer })}
              >
                <option value="">Choose…</option>
                <option value="yes">Yes (has knowledge or experience)</option>
                <option value="no">No</option>
              </Select>
            </Field>
          ))}
        </div>
      )}
      <SubmittedAtField id="survey-at" at={at} error={write.fieldErrors.submittedAt} />
      <WriteFooter write={write} errorTestId="survey-error" disabled={!complete}>
        Record survey
      </WriteFooter>
    </Form>
  );
}

function WaiverForm({ invitationId, needed }: { invitationId: string; needed: string | null }) {
  const [waiver, setWaiver] = useState(needed ?? "NO_ANSWERS");
  const write = useCashlinkWrite(recordSurveyWaiverAction, "Survey waiver recorded at Cashlink.");
  return (
    <Form
      aria-label="Survey waiver"
      className="flex flex-col gap-2 text-sm"
      onSubmit={() => write.run({ invitationId, waiver: waiver as "NO_ANSWERS" | "NEGATIVE_RESULT" })}
    >
      <h3 className="font-medium">Survey waiver</h3>
      <p className="text-xs text-slate-600">
        {needed
          ? `Needed: the investor must sign the waiver "${needed}" before investing.`
          : "Needed only after an empty (NO_ANSWERS) or negative (NEGATIVE_RESULT) survey."}
      </p>
      <Field label="Waiver" htmlFor="survey-waiver">
        <Select id="survey-waiver" value={waiver} onChange={(e) => setWaiver(e.target.value)}>
          <option value="NO_ANSWERS">NO_ANSWERS: the investor gave no answers</option>
          <option value="NEGATIVE_RESULT">NEGATIVE_RESULT: invests despite a negative result</option>
        </Select>
      </Field>
      <WriteFooter write={write} errorTestId="waiver-error">
        Record waiver
      </WriteFooter>
    </Form>
  );
}
