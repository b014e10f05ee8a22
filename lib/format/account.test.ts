import { describe, expect, it } from "vitest";

import { maskAccountNumber } from "./account";

describe("maskAccountNumber", () => {
  it("keeps an IBAN's country, check digits and last four", () => {
    expect(maskAccountNumber("BE19000000001212")).toBe("BE19 •••• •••• 1212");
    expect(maskAccountNumber("GB29 RBOS 6016 1331 9268 19")).toBe("GB29 •••• •••• •••• ••68 19");
  });
  it("shows only the last four of other numbers", () => {
    expect(maskAccountNumber("88668866")).toBe("••••8866");
    expect(maskAccountNumber(null)).toBeNull();
  });
});
