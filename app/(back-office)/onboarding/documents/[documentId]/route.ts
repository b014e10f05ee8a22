import { withPermission } from "@/lib/api/with-permission";
import { AppError } from "@/lib/errors";
import { readDocumentCopy } from "@/lib/onboarding/documents";
import { isPathId } from "@/lib/url-params";

/**
 * One uploaded document, for viewing in the browser (the case page shows images inline and
 * opens PDFs in the browser's viewer). The type is the one detected from the file's bytes at
 * upload, nosniff keeps it, and the sandbox CSP stops an uploaded file from running anything.
 */
export const GET = withPermission<{ params: Promise<{ documentId?: string }> }>("onboarding.read", async (_request, { params }) => {
  const { documentId } = await params;
  if (!documentId || !isPathId(documentId)) throw new AppError("NOT_FOUND", "That document does not exist.");
  const doc = await readDocumentCopy(documentId);
  if (!doc) throw new AppError("NOT_FOUND", "That document does not exist.");
  const isPdf = doc.contentType === "application/pdf";
  return new Response(new Uint8Array(doc.data), {
    headers: {
      "Content-Type": doc.contentType,
      "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      // Chrome's PDF viewer does not run in a sandboxed document; images are sandboxed fully.
      "Content-Security-Policy": isPdf ? "default-src 'none'; frame-ancestors 'none'" : "default-src 'none'; sandbox",
    },
  });
});
