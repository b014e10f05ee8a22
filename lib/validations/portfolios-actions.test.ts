import { describe, expect, it } from "vitest";

import {
  bicSchema,
  changeBrokerageAccountSchema,
  fundedSinceSchema,
  ibanSchema,
  reasonSchema,
  setPortfolioBlockedSchema,
} from "./portfolios-actions";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe("IBAN", () => {
  it.each([
    ["BE71096123456769", "BE71096123456769"],
    ["DE89 3704 0044 0532 0130 00", "DE89370400440532013000"],
    ["gb29nwbk60161331926819", "GB29NWBK60161331926819"],
    ["FR1420041010050500013M02606", "FR1420041010050500013M02606"],
    // Seed 002's own example number.
    ["BE19000000001212", "BE19000000001212"],
  ])("accepts %s", (input, normalised) => {
    expect(ibanSchema.parse(input)).toBe(normalised);
  });

  it.each([
    ["", "Enter an IBAN: a 2-letter country code, 2 check digits, then letters and digits only."],
    ["BE7A096123456769", "Enter an IBAN: a 2-letter country code, 2 check digits, then letters and digits only."],
    ["BE71-0961-2345-6769", "Enter an IBAN: a 2-letter country code, 2 check digits, then letters and digits only."],
    ["ZZ71096123456769", "ZZ is not a country that issues IBANs."],
    ["BE7109612345676", "A BE IBAN has 16 characters; this one has 15."],
    ["DE8937040044053201300012", "A DE IBAN has 22 characters; this one has 24."],
    ["DE89370400440532013001", "The IBAN's check digits do not match; look for a typing mistake."],
    // Seed 002's first example: the right shape, but the check digits are made up.
    ["BE01234567891234", "The IBAN's check digits do not match; look for a typing mistake."],
    // A real Norwegian IBAN, but shorter than InvestSuite's documented pattern allows.
    ["NO9386011117947", "InvestSuite only accepts account numbers of 16 to 32 characters."],
  ])("refuses %j with its message", (input, message) => {
    expect(messages(ibanSchema.safeParse(input))).toEqual([message]);
  });
});

describe("BIC", () => {
  it.each([
    ["GEBABEBB", "GEBABEBB"],
    ["deutdeff500", "DEUTDEFF500"],
    ["IDQMIE2D", "IDQMIE2D"],
    ["", null],
  ])("accepts %j", (input, parsed) => {
    expect(bicSchema.parse(input)).toBe(parsed);
  });

  const message =
    "Enter a BIC of 8 or 11 characters: 4-letter bank code, 2-letter country code, 2-character location, optional 3-character branch.";
  it.each(["GEBABE", "GEBABEBB5", "GEBABEBB50", "GEBABEBB5000", "1EBABEBB", "GEBA1EBB", "GEBAB-BB"])("refuses %j", (input) => {
    expect(messages(bicSchema.safeParse(input))).toEqual([message]);
  });
});

describe("reason", () => {
  it("is trimmed and needs 5 to 500 characters", () => {
    expect(reasonSchema.parse("  Suspected fraud  ")).toBe("Suspected fraud");
    expect(messages(reasonSchema.safeParse("  abc  "))).toEqual(["Give a reason of at least 5 characters."]);
    expect(messages(reasonSchema.safeParse("x".repeat(501)))).toEqual(["Keep the reason to at most 500 characters."]);
    expect(reasonSchema.parse("x".repeat(500))).toHaveLength(500);
  });

  it("comes with a well-formed portfolio id", () => {
    const result = setPortfolioBlockedSchema.safeParse({ portfolioId: "P123", reason: "Fraud alert from the bank" });
    expect(messages(result)).toEqual(["Not an InvestSuite portfolio id."]);
    expect(setPortfolioBlockedSchema.safeParse({ portfolioId: "P01F8ZSNV0J45R9DFZ3D7D8C26F", reason: "Fraud alert" }).success).toBe(true);
  });
});

describe("funded_since", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  const schema = fundedSinceSchema(() => now);

  it.each([
    ["2021-02-18", "2021-02-18T00:00:00+00:00"],
    ["2021-02-18T08:21", "2021-02-18T08:21:00+00:00"],
    ["2021-02-18T08:21:02", "2021-02-18T08:21:02+00:00"],
    ["2024-02-29", "2024-02-29T00:00:00+00:00"],
    ["2026-11-23T12:00", "2026-11-23T12:00:00+00:00"],
  ])("accepts %s as UTC", (input, sent) => {
    expect(schema.parse(input)).toBe(sent);
  });

  it.each([
    ["", "Enter a date as YYYY-MM-DD, optionally with a time as YYYY-MM-DDTHH:MM (UTC)."],
    ["18/02/2021", "Enter a date as YYYY-MM-DD, optionally with a time as YYYY-MM-DDTHH:MM (UTC)."],
    ["2021-02-18T08:21:02+02:00", "Enter a date as YYYY-MM-DD, optionally with a time as YYYY-MM-DDTHH:MM (UTC)."],
    ["2025-02-29", "That date does not exist."],
    ["2021-13-01", "That date does not exist."],
    ["2021-02-18T24:30", "That date does not exist."],
    ["2026-11-23T12:01", "The funding date cannot be in the future."],
    ["2027-01-01", "The funding date cannot be in the future."],
  ])("refuses %j with its message", (input, message) => {
    expect(messages(schema.safeParse(input))).toEqual([message]);
  });
});

describe("brokerage account input", () => {
  it("reports each bad field under its own name", () => {
    const result = changeBrokerageAccountSchema.safeParse({
      portfolioId: "P01F8ZSNV0J45R9DFZ3D7D8C26F",
      iban: "BE01234567891234",
      bic: "nope",
      paymentReference: "",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["iban", "The IBAN's check digits do not match; look for a typing mistake."],
      [
        "bic",
        "Enter a BIC of 8 or 11 characters: 4-letter bank code, 2-letter country code, 2-character location, optional 3-character branch.",
      ],
    ]);
  });

  it("normalises what it accepts", () => {
    expect(
      changeBrokerageAccountSchema.parse({
        portfolioId: "P01F8ZSNV0J45R9DFZ3D7D8C26F",
        iban: "be71 0961 2345 6769",
        bic: "gebabebb",
        paymentReference: " 32154796 ",
      }),
    ).toEqual({
      portfolioId: "P01F8ZSNV0J45R9DFZ3D7D8C26F",
      iban: "BE71096123456769",
      bic: "GEBABEBB",
      paymentReference: "32154796",
    });
  });
});
