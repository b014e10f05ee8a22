"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { CARD_FORM, Field, Form, FormError, Select } from "@/components/ui/field";
import { uploadDocumentAction } from "@/lib/actions/onboarding-provider";
import { documentFileProblem, documentLabel, MAX_DOCUMENT_BYTES } from "@/lib/validations/onboarding-documents";

/** Upload for the customer; the file's format and size are checked as soon as it is chosen, before anything is sent. */
export function DocumentUpload({ caseId, documentTypes }: { caseId: string; documentTypes: string[] }) {
  const router = useRouter();
  const [documentType, setDocumentType] = useState(documentTypes[0] ?? "photo_id");
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const upload = useAction(uploadDocumentAction, {
    onSuccess: ({ data }) => {
      toast.success(`${documentLabel(documentType)} uploaded; WiseAlpha shows it ${data?.state ?? "received"}.`);
      setFile(null);
      router.refresh();
    },
  });
  return (
    <Form
      aria-label="Upload a document"
      className={CARD_FORM}
      onSubmit={() => {
        if (file && !problem) upload.execute({ caseId, documentType, file, fileName: file.name });
      }}
    >
      <h2 className="text-sm font-semibold">Upload a document</h2>
      <Field label="Document" htmlFor="document-type">
        <Select id="document-type" value={documentType} onChange={(e) => setDocumentType(e.target.value)}>
          {documentTypes.map((t) => (
            <option key={t} value={t}>
              {documentLabel(t)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={`File (JPEG, GIF, PNG, PDF or BMP; up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB)`}
        htmlFor="document-file"
        error={problem ?? undefined}
      >
        <input
          id="document-file"
          type="file"
          accept="image/jpeg,image/gif,image/png,application/pdf,image/bmp"
          onChange={async (e) => {
            const chosen = e.target.files?.[0] ?? null;
            setFile(chosen);
            setProblem(chosen ? await documentFileProblem(chosen) : null);
          }}
        />
      </Field>
      <FormError message={upload.result.serverError} />
      <div>
        <Button type="submit" disabled={!file || !!problem || upload.isPending}>
          {upload.isPending ? "Uploading…" : "Upload to WiseAlpha"}
        </Button>
      </div>
    </Form>
  );
}
