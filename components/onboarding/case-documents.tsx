import { DateTime } from "@/components/ui/date-time";
import type { DocumentCopy } from "@/lib/onboarding/documents";
import { documentLabel } from "@/lib/validations/onboarding-documents";

const sizeOf = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/**
 * The documents the back office uploaded for this customer, newest per type: images inline,
 * PDFs in the browser's own viewer (a new tab: the app forbids framing, see lib/security-headers.ts).
 */
export function CaseDocuments({ documents }: { documents: DocumentCopy[] }) {
  return (
    <section
      aria-labelledby="case-documents"
      className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
      data-testid="case-documents"
    >
      <h2 id="case-documents" className="mb-2 text-sm font-semibold">
        Uploaded documents
      </h2>
      {documents.length === 0 ? (
        <p className="text-slate-600">
          None uploaded from the back office. WiseAlpha does not hand out documents a customer gave it directly.
        </p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {documents.map((d) => {
            const href = `/onboarding/documents/${d.id}`;
            return (
              <li key={d.id} className="flex flex-col gap-1" data-testid={`document-copy-${d.documentType}`}>
                <span className="font-medium">{documentLabel(d.documentType)}</span>
                {d.contentType.startsWith("image/") ? (
                  <a href={href} target="_blank" rel="noopener" className="block">
                    {/* eslint-disable-next-line @next/next/no-img-element -- a private, per-request file: no image optimisation */}
                    <img
                      src={href}
                      alt={`${documentLabel(d.documentType)}: ${d.fileName}`}
                      className="max-h-64 w-full rounded border border-slate-200 object-contain"
                    />
                  </a>
                ) : (
                  <a href={href} target="_blank" rel="noopener" className="underline">
                    Open the PDF {d.fileName} (new tab)
                  </a>
                )}
                <span className="text-xs text-slate-600">
                  {d.fileName} · {sizeOf(d.size)} · uploaded <DateTime value={d.uploadedAt} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
