import type { Tx } from "@/lib/db";
import { getDb } from "@/lib/db";

/** What the case page lists: no bytes (those come through the document route, one at a time). */
export type DocumentCopy = {
  id: string;
  documentType: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: Date;
};

/** Kept in the same transaction as the upload's audit and case entry, after WiseAlpha accepted the file. */
export async function saveDocumentCopy(
  tx: Tx,
  copy: { customerId: string; documentType: string; fileName: string; contentType: string; data: Uint8Array; uploadedById: string },
) {
  await tx.onboardingDocument.create({ data: { ...copy, data: Buffer.from(copy.data), size: copy.data.length } });
}

/** The newest copy of each document type for one customer. */
export async function findDocumentCopies(customerId: string): Promise<DocumentCopy[]> {
  const rows = await getDb().onboardingDocument.findMany({
    where: { customerId },
    orderBy: { uploadedAt: "desc" },
    select: { id: true, documentType: true, fileName: true, contentType: true, size: true, uploadedAt: true },
    take: 50,
  });
  const newest = new Map<string, DocumentCopy>();
  for (const row of rows) if (!newest.has(row.documentType)) newest.set(row.documentType, row);
  return [...newest.values()];
}

export async function readDocumentCopy(id: string) {
  return getDb().onboardingDocument.findUnique({ where: { id }, select: { fileName: true, contentType: true, data: true } });
}
