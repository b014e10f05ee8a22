/**
 * Upload formats (seed: "JPEG, GIF, PNG, PDF or bitmap (BMP)"). The file's first bytes
 * decide, not the Content-Type header: a client can label anything image/jpeg.
 */
const SIGNATURES: { format: string; bytes: number[] }[] = [
  { format: "JPEG", bytes: [0xff, 0xd8, 0xff] },
  { format: "PNG", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: "GIF", bytes: [0x47, 0x49, 0x46, 0x38] }, // "GIF8" (GIF87a / GIF89a)
  { format: "PDF", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { format: "BMP", bytes: [0x42, 0x4d] }, // "BM"
];

export function detectDocumentFormat(data: Buffer): string | null {
  for (const { format, bytes } of SIGNATURES) {
    if (data.length >= bytes.length && bytes.every((b, i) => data[i] === b)) return format;
  }
  return null;
}

export const UNSUPPORTED_FORMAT = "Unsupported file type. Documents must be in one of the following formats: JPEG, GIF, PNG, PDF or BMP.";

/** Document types: the two AML documents plus per-currency bank statements. */
export function isKnownDocumentType(type: string): boolean {
  return type === "photo_id" || type === "proof_of_address" || /^bank_statement:[A-Z]{3}$/.test(type);
}

export function documentTypeDisplay(type: string): string {
  if (type === "photo_id") return "Photo ID";
  if (type === "proof_of_address") return "Proof of address";
  const match = /^bank_statement:([A-Z]{3})$/.exec(type);
  return match ? `Bank statement (${match[1]})` : type;
}

/** Pulls the file name out of `Content-Disposition: attachment; filename=...`. */
export function fileNameFromDisposition(header: string | undefined): string {
  const match = header ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header) : null;
  return match?.[1] ? decodeURIComponent(match[1]).split(/[\\/]/).pop()! : "document";
}
