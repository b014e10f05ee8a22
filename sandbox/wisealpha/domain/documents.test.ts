import { describe, expect, it } from "vitest";

import { SAMPLES } from "../test-helpers";
import { detectDocumentFormat, fileNameFromDisposition } from "./documents";

describe("detectDocumentFormat", () => {
  it.each([
    ["jpeg", "JPEG"],
    ["png", "PNG"],
    ["gif", "GIF"],
    ["pdf", "PDF"],
    ["bmp", "BMP"],
  ] as const)("recognises %s by its magic bytes", (sample, format) => {
    expect(detectDocumentFormat(SAMPLES[sample])).toBe(format);
  });

  it("rejects other files whatever they are called", () => {
    expect(detectDocumentFormat(Buffer.from("PK\x03\x04zip"))).toBeNull();
    expect(detectDocumentFormat(Buffer.from("/path/to/photo.jpg"))).toBeNull();
    expect(detectDocumentFormat(Buffer.from([0xff, 0xd8]))).toBeNull();
  });

  it("reads the file name from Content-Disposition", () => {
    expect(fileNameFromDisposition("attachment; filename=/../path_to_docs/photo_id.jpg")).toBe("photo_id.jpg");
    expect(fileNameFromDisposition('attachment; filename="bill.pdf"')).toBe("bill.pdf");
    expect(fileNameFromDisposition(undefined)).toBe("document");
  });
});
