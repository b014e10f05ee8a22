import { beforeEach, describe, expect, it, vi } from "vitest";

import { ProviderError } from "@/lib/providers/errors";

const investSuite = { getPortfolio: vi.fn(), getUser: vi.fn() };
const wiseAlpha = { getCustomer: vi.fn() };
vi.mock("@/lib/providers/server-clients", () => ({ getInvestSuiteClient: () => investSuite, getWiseAlphaClient: () => wiseAlpha }));
vi.mock("@/lib/request-context", () => ({ getRequestLogger: async () => ({ warn: () => undefined }) }));

const { loadPayee } = await import("./payee");

beforeEach(() => vi.clearAllMocks());

describe("loadPayee", () => {
  it("InvestSuite: the owner's name and the portfolio's IBAN, masked", async () => {
    investSuite.getPortfolio.mockResolvedValue({
      owned_by_user_id: "U1",
      brokerage_account: { bank_account_type: "IBAN", bank_account_number: "BE19000000001212" },
    });
    investSuite.getUser.mockResolvedValue({ first_name: "Ann", last_name: "Peeters", email: "ann@example.com" });
    expect(await loadPayee({ id: "w1", provider: "INVESTSUITE", portfolioRef: "P1", customerRef: null })).toEqual({
      withdrawalId: "w1",
      name: "Ann Peeters",
      destination: "BE19 •••• •••• 1212",
      destinationKind: "IBAN",
      error: null,
    });
  });

  it("WiseAlpha: the customer's name and whether a bank account is registered (WiseAlpha never returns the number)", async () => {
    wiseAlpha.getCustomer.mockResolvedValue({
      first_name: "Sam",
      last_name: "Jones",
      email: "sam@example.com",
      bank_details: { GBP: { provided: true } },
    });
    const payee = await loadPayee({ id: "w2", provider: "WISEALPHA", portfolioRef: null, customerRef: "10003074" });
    expect(payee.name).toBe("Sam Jones");
    expect(payee.destination).toBe("Bank account registered at WiseAlpha (number not disclosed)");
    wiseAlpha.getCustomer.mockResolvedValue({
      first_name: null,
      last_name: null,
      email: "x@example.com",
      bank_details: { provided: false },
    });
    expect((await loadPayee({ id: "w3", provider: "WISEALPHA", portfolioRef: null, customerRef: "1" })).destination).toBe(
      "No bank account registered at WiseAlpha",
    );
  });

  it("a provider failure becomes the provider's message, so the approver sees the payee is unknown", async () => {
    investSuite.getPortfolio.mockRejectedValue(
      new ProviderError({ provider: "investsuite", code: "network", status: 503, retryable: true, userMessage: "InvestSuite is down." }),
    );
    const payee = await loadPayee({ id: "w4", provider: "INVESTSUITE", portfolioRef: "P1", customerRef: null });
    expect(payee).toMatchObject({ name: null, destination: null, error: "InvestSuite is down." });
  });
});
