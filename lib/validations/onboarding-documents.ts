import { z } from "zod";

import { storableText } from "./storable";

/**
 * Document uploads (seed 004: "JPEG, GIF, PNG, PDF or bitmap (BMP)"), checked before the
 * file goes to WiseAlpha: in the browser as soon as it is chosen, and again in the action.
 * The first bytes decide, as at WiseAlpha: a file's name or label can say anything.
 */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const DOCUMENT_FORMATS = [
  { format: "JPEG", contentType: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { format: "PNG", contentType: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: "GIF", contentType: "image/gif", bytes: [0x47, 0x49, 0x46, 0x38] },
  { format: "PDF", contentType: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { format: "BMP", contentType: "image/bmp", bytes: [0x42, 0x4d] },
] as const;
export type DocumentContentType = (typeof DOCUMENT_FORMATS)[number]["contentType"];

export const DOCUMENT_MESSAGES = {
  format: "Unsupported file type. Documents must be in one of the following formats: JPEG, GIF, PNG, PDF or BMP.",
  size: `The file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`,
  empty: "The file is empty.",
  type: "Choose photo ID, proof of address or a requested bank statement.",
} as const;

export function detectDocumentType(head: Uint8Array): DocumentContentType | null {
  const match = DOCUMENT_FORMATS.find((f) => head.length >= f.bytes.length && f.bytes.every((b, i) => head[i] === b));
  return match?.contentType ?? null;
}

/** Size and format of a chosen file; null when it may be uploaded. */
export async function documentFileProblem(file: Blob): Promise<string | null> {
  if (file.size === 0) return DOCUMENT_MESSAGES.empty;
  if (file.size > MAX_DOCUMENT_BYTES) return DOCUMENT_MESSAGES.size;
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  return detectDocumentType(head) ? null : DOCUMENT_MESSAGES.format;
}

export const documentTypeSchema = z.string().regex(/^(photo_id|proof_of_address|bank_statement:[A-Z]{3})$/, DOCUMENT_MESSAGES.type);

export const uploadDocumentSchema = z.object({
  caseId: storableText(64).min(1, "No case given."),
  documentType: documentTypeSchema,
  file: z.instanceof(Blob, { message: "Choose a file." }),
  fileName: storableText(255).min(1, "The file has no name."),
});
export type UploadDocumentInput = z.infer<typeof uploadDocumentSchema>;

export function documentLabel(type: string): string {
  if (type === "photo_id") return "Photo ID";
  if (type === "proof_of_address") return "Proof of address";
  const match = /^bank_statement:([A-Z]{3})$/.exec(type);
  return match ? `Bank statement (${match[1]})` : type;
}
