"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

/**
 * One form's submission id, made when the form is shown and kept across retries: the server
 * finds the same CashlinkWrite row by it, so a double submit or a retry after an error sends the
 * same X-Idempotency-Key. A new id only after a success (the next submission is a new intent).
 */
export function useSubmission() {
  const [submissionId, setSubmissionId] = useState(() => crypto.randomUUID());
  return { submissionId, next: () => setSubmissionId(crypto.randomUUID()) };
}

type ActionResult<T> = { data?: T; serverError?: string; validationErrors?: unknown } | undefined;

/** Runs a server action, shows its error in place, and refreshes the page after success. */
export function useCashlinkWrite<I, T>(action: (input: I) => Promise<ActionResult<T>>, success: string) {
  const router = useRouter();
  const submission = useSubmission();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  async function run(input: Omit<I, "submissionId"> & Partial<Pick<I & { submissionId: string }, "submissionId">>) {
    setPending(true);
    setError(null);
    setFieldErrors({});
    try {
      const result = await action({ submissionId: submission.submissionId, ...input } as I);
      if (result?.serverError) setError(result.serverError);
      else if (result?.validationErrors) {
        const errors = result.validationErrors as Record<string, { _errors?: string[] }>;
        setFieldErrors(Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v?._errors ?? []])));
        setError("Check the fields marked below.");
      } else {
        toast.success(success);
        submission.next();
        router.refresh();
        return result?.data;
      }
    } catch {
      setError("The server could not be reached. Try again: the same submission is sent, so it is applied once.");
    } finally {
      setPending(false);
    }
    return undefined;
  }
  return { run, pending, error, fieldErrors };
}
