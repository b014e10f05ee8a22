"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { SubmitOrCancel } from "@/components/ui/button";
import { Field, FormError, Options, Select, STEP_FORM, TextArea } from "@/components/ui/field";
import { decideCaseAction } from "@/lib/actions/onboarding-cases";
import { APPROVE_REASONS, REJECT_REASONS } from "@/lib/onboarding/case-rules";
import { RISK_ACCEPTED_REASON } from "@/lib/onboarding/high-risk";
import { decideCaseSchema } from "@/lib/validations/onboarding";

/**
 * The decision with its reason and comment, checked in the browser by the action's own schema
 * (errors next to each field). The reviewer stays on the decided case: the page then offers
 * the next case explicitly, so the toast and the page speak of the same case.
 */
export function DecisionForm(props: { caseId: string; decision: "APPROVE" | "REJECT"; highRisk: boolean; onDone: () => void }) {
  const { caseId, decision } = props;
  const router = useRouter();
  const { form, action, handleSubmitWithAction } = useHookFormAction(decideCaseAction, zodResolver(decideCaseSchema), {
    formProps: { defaultValues: { caseId, decision, reason: "", comment: "" } as never },
    actionProps: {
      onSuccess: ({ data }) => {
        props.onDone();
        toast.success(
          data?.status === "pending"
            ? "Approval asked of a second reviewer; the case stays in review until they approve."
            : decision === "APPROVE"
              ? "Case approved."
              : "Case rejected.",
        );
        router.refresh();
      },
    },
  });
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  const reason = form.watch("reason") as string;
  const asksSecond = decision === "APPROVE" && (props.highRisk || reason === RISK_ACCEPTED_REASON);
  const invalid = (name: string, id: string) =>
    errors[name]?.message ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};

  return (
    <form
      aria-label={`Confirm ${decision === "APPROVE" ? "approval" : "rejection"}`}
      className={STEP_FORM}
      onSubmit={handleSubmitWithAction}
    >
      <Field label="Reason" htmlFor="decision-reason" error={errors.reason?.message}>
        <Select id="decision-reason" {...invalid("reason", "decision-reason")} {...form.register("reason")}>
          <option value="">Choose…</option>
          <Options options={(decision === "APPROVE" ? APPROVE_REASONS : REJECT_REASONS).map((r) => ({ value: r, label: r }))} />
        </Select>
      </Field>
      <Field
        label={
          decision === "REJECT"
            ? "Comment (required; kept in the timeline and the audit trail)"
            : "Comment (kept in the timeline and the audit trail)"
        }
        htmlFor="decision-comment"
        error={errors.comment?.message}
      >
        <TextArea id="decision-comment" {...invalid("comment", "decision-comment")} {...form.register("comment")} />
      </Field>
      {asksSecond && (
        <p className="text-xs text-amber-900" data-testid="asks-second-reviewer">
          High risk: this asks a second reviewer to approve; the case stays in review until they do.
        </p>
      )}
      <FormError message={action.result.serverError} />
      <SubmitOrCancel
        label={asksSecond ? "Ask a second reviewer" : decision === "APPROVE" ? "Confirm approval" : "Confirm rejection"}
        variant={decision === "REJECT" ? "danger" : "primary"}
        pending={action.isPending}
        onCancel={props.onDone}
      />
    </form>
  );
}
