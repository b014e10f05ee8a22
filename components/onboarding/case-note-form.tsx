"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { addCaseNoteAction } from "@/lib/actions/onboarding-cases";

/** Internal notes: ours only, never sent to the provider. */
export function CaseNoteForm({ caseId }: { caseId: string }) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const add = useAction(addCaseNoteAction, {
    onSuccess: () => {
      toast.success("Note added.");
      setNote("");
      router.refresh();
    },
  });
  const errors = add.result.validationErrors as Record<string, { _errors?: string[] }> | undefined;
  return (
    <form
      aria-label="Internal note"
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        add.execute({ caseId, note });
      }}
    >
      <label htmlFor="case-note" className="text-sm font-semibold">
        Internal note
      </label>
      <textarea
        id="case-note"
        className="min-h-16 rounded-md border border-slate-300 px-2.5 py-1.5"
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <FormError message={errors?.note?._errors?.[0] ?? add.result.serverError} />
      <div>
        <Button type="submit" variant="secondary" disabled={add.isPending}>
          {add.isPending ? "Adding…" : "Add note"}
        </Button>
      </div>
    </form>
  );
}
