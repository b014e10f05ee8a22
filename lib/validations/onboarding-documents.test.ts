import { describe, expect, it } from "vitest";

import { DOCUMENT_MESSAGES, documentFileProblem, MAX_DOCUMENT_BYTES } from "./onboarding-documents";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("document checks before upload", () => {
  it("accepts the seed's formats by their first bytes", async () => {
    expect(await documentFileProblem(new Blob([new Uint8Array([...PNG, 1, 2, 3])]))).toBeNull();
    expect(await documentFileProblem(new Blob(["%PDF-1.7 …"]))).toBeNull();
  });
  it("refuses another format, even when it is labelled as an image", async () => {
    expect(await documentFileProblem(new Blob(["hello"], { type: "image/png" }))).toBe(DOCUMENT_MESSAGES.format);
  });
  it("refuses empty and oversized files", async () => {
    expect(await documentFileProblem(new Blob([]))).toBe(DOCUMENT_MESSAGES.empty);
    expect(await documentFileProblem(new Blob([new Uint8Array(PNG), new Uint8Array(MAX_DOCUMENT_BYTES)]))).toBe(DOCUMENT_MESSAGES.size);
  });
});
