import { describe, expect, it } from "vitest";

import { normalizePath, SEED_ENDPOINTS } from "@/sandbox/wisealpha/contract/seed-endpoints";

import type { FetchLike } from "../http";
import { createWiseAlphaClient, type WiseAlphaClient } from "./client";
import { createWiseAlphaOAuth, type WiseAlphaOAuth } from "./oauth";

/** Seed endpoints the typed client does not call, one reason each. */
const CLIENT_EXCLUSIONS: Record<string, string> = {
  "GET /v1/api_endpoint_here/": "the seed's authentication placeholder, not an endpoint",
  "GET /v1/customers/investment-accounts/{}/{}/buy-orders/": "typo in the seed; iterateOrders calls the real path",
  "POST /v1/customers/{}/sell-orders/investment-accounts/{}/sell-orders/{}/action/":
    "typo in the seed; confirmOrder/cancelOrder call the real path",
  "POST /v1/{}/upload_questionnaire_results/": "typo in the seed; submitQuestionnaire calls /customers/{}/upload_questionnaire_results/",
  "POST /v1/customers/investor_types/": "the heading says POST, every example GETs it; listInvestorTypes GETs it",
  "POST /v1/customers/{}/": "the update heading says POST, its examples PUT and PATCH; putCustomer and patchCustomer",
  "GET /v1/investor_types/": "an alias of /customers/investor_types/ (onboarding guide); listInvestorTypes uses the documented path",
  "POST /v1/customers/{}/investment-accounts/{}/robowise/{}/":
    "the update's curl POSTs, its heading says PUT; updateRobowise PUTs (the sandbox takes both)",
  "PUT /v1/customers/{}/company-updates-subscription/":
    "the seed documents PATCH (its Python example PUTs); updateCompanySubscriptions PATCHes",
  "GET /v1/questionnaires/": "an alias of /customers/{}/questionnaire/ (onboarding guide); getQuestionnaire uses the per-customer path",
};

const A = { customerId: "10000001", accountId: "INVACC00000001" };
const R = { ...A, robowiseId: "RWACC00000001" };
type Invoke = (c: WiseAlphaClient, o: WiseAlphaOAuth) => unknown;

/** One call per seed endpoint: the test records the request each makes. */
const CALLS: Record<string, Invoke> = {
  "* /v1/customers/{}/investment-accounts/{}/buy-orders/{}/action/": (c) => c.confirmOrder({ ...A, side: "buy", orderId: "MKTBUY1" }),
  "* /v1/customers/{}/investment-accounts/{}/reports/": (c) => c.listReports(A),
  "* /v1/customers/{}/investment-accounts/{}/reports/generate/": (c) => c.generateReport({ ...A, reportType: "tax_report", format: "pdf" }),
  "* /v1/robowise/{}/configuration-data/": (c) => c.getRobowiseConfiguration("GBP"),
  "* /v1/robowise/{}/risk-profile-attributes/": (c) => c.checkRobowiseProfile({ riskProfileId: "RWRP00000002" }),
  // Not a call: the URL the customer's browser is sent to.
  "GET /o/authorize/": (_c, o) => o.authorizeUrl({ redirectUri: "http://127.0.0.1/cb", state: "s" }),
  "POST /o/token/": (_c, o) => o.exchangeCode({ code: "c", redirectUri: "http://127.0.0.1/cb" }),
  "GET /v1/companies/{}/company-updates/": (c) => c.listCompanyUpdates("CO00000001"),
  "GET /v1/customers/": (c) => c.listCustomers(),
  "GET /v1/customers/investor_types/": (c) => c.listInvestorTypes(),
  "GET /v1/customers/{}/": (c) => c.getCustomer("10000001"),
  "GET /v1/customers/{}/company-updates-subscription/": (c) => c.getCompanySubscriptions("10000001"),
  "GET /v1/customers/{}/company-updates/": (c) => c.listCustomerCompanyUpdates("10000001"),
  "GET /v1/customers/{}/email-notifications-configuration/": (c) => c.getNotificationConfig("10000001", "email"),
  "GET /v1/customers/{}/investment-accounts/": (c) => c.listInvestmentAccounts("10000001"),
  "GET /v1/customers/{}/investment-accounts/available/": (c) => c.listAvailableAccounts("10000001"),
  "GET /v1/customers/{}/investment-accounts/{}/": (c) => c.getInvestmentAccount(A),
  "GET /v1/customers/{}/investment-accounts/{}/activity/{}/": (c) => c.getActivity({ ...A, currency: "GBP" }),
  "GET /v1/customers/{}/investment-accounts/{}/balances/": (c) => c.getBalances(A),
  "GET /v1/customers/{}/investment-accounts/{}/balances/{}/": (c) => c.getBalance({ ...A, currency: "GBP" }),
  "GET /v1/customers/{}/investment-accounts/{}/balances/{}/available-payment-methods/": (c) =>
    c.getPaymentMethods({ ...A, currency: "GBP" }),
  "GET /v1/customers/{}/investment-accounts/{}/balances/{}/transactions/": (c) => c.listTransactions({ ...A, currency: "GBP" }),
  "GET /v1/customers/{}/investment-accounts/{}/buy-orders/": (c) => c.iterateOrders(A, "buy").next(),
  "GET /v1/customers/{}/investment-accounts/{}/buy-orders/{}/": (c) => c.getOrder({ ...A, side: "buy", orderId: "MKTBUY1" }),
  "GET /v1/customers/{}/investment-accounts/{}/products/": (c) => c.listHoldings(A),
  "GET /v1/customers/{}/investment-accounts/{}/products/summary/": (c) => c.getHoldingsSummary(A),
  "GET /v1/customers/{}/investment-accounts/{}/products/summary/{}/": (c) => c.getHoldingsSummaryIn({ ...A, currency: "GBP" }),
  "GET /v1/customers/{}/investment-accounts/{}/products/{}/": (c) => c.getHolding({ ...A, productId: "INVMKT00000001" }),
  "GET /v1/customers/{}/investment-accounts/{}/products/{}/transactions/": (c) => c.listProductTransactions({ ...A, productId: "INVMKT1" }),
  "GET /v1/customers/{}/investment-accounts/{}/products/{}/transactions/{}/": (c) =>
    c.getProductTransaction({ ...A, productId: "INVMKT1", reference: "INVTR1" }),
  "GET /v1/customers/{}/investment-accounts/{}/robowise/": (c) => c.listRobowise(A),
  "GET /v1/customers/{}/investment-accounts/{}/robowise/{}/": (c) => c.getRobowise(R),
  "GET /v1/customers/{}/investment-accounts/{}/sell-orders/": (c) => c.iterateOrders(A, "sell").next(),
  "GET /v1/customers/{}/investment-accounts/{}/sell-orders/{}/": (c) => c.getOrder({ ...A, side: "sell", orderId: "MKTSELL1" }),
  "GET /v1/customers/{}/push-notifications-configuration/": (c) => c.getNotificationConfig("10000001", "push"),
  "GET /v1/customers/{}/questionnaire/": (c) => c.getQuestionnaire("10000001", "signup"),
  "GET /v1/events/": (c) => c.iterateEvents().next(),
  "GET /v1/products/": (c) => c.iterateProducts().next(),
  "GET /v1/products/describe_types/": (c) => c.describeProductTypes(),
  "GET /v1/products/{}/": (c) => c.getProduct("INVMKT00000001"),
  "PATCH /v1/customers/{}/": (c) => c.patchCustomer("10000001", {}),
  "PATCH /v1/customers/{}/company-updates-subscription/": (c) => c.updateCompanySubscriptions("10000001", {}),
  "PATCH /v1/customers/{}/push-notifications/device/{}/": (c) => c.setPushDeviceEnabled("10000001", "DEVICE1", true),
  "POST /v1/customers/": (c) => c.createCustomer({ email: "a@example.com" }),
  "POST /v1/customers/{}/change_investor_type/": (c) => c.changeInvestorType("10000001", { investor_type_id: 1 } as never),
  "POST /v1/customers/{}/investment-accounts/available/action/": (c) =>
    c.openAvailableAccount("10000001", { accountType: "individual", currency: "EUR" }),
  "POST /v1/customers/{}/investment-accounts/{}/balances/{}/fund/": (c) =>
    c.fund({ ...A, currency: "GBP", amount: "1.00", method: "bank_transfer" }),
  "POST /v1/customers/{}/investment-accounts/{}/balances/{}/withdraw/": (c) =>
    c.withdraw({ ...A, currency: "GBP", amount: "1.00", idempotencyKey: "k" }),
  "POST /v1/customers/{}/investment-accounts/{}/products/{}/transfer/": (c) =>
    c.transferHolding({ ...A, productId: "INVMKT1", toAccount: "RWACC1" }),
  "POST /v1/customers/{}/investment-accounts/{}/robowise/": (c) =>
    c.createRobowise({ ...A, parameters: { riskProfileId: "RWRP00000002" } }),
  "PUT /v1/customers/{}/investment-accounts/{}/robowise/{}/": (c) =>
    c.updateRobowise({ ...R, parameters: { riskProfileId: "RWRP00000002" } }),
  "POST /v1/customers/{}/investment-accounts/{}/robowise/{}/close/": (c) => c.closeRobowise({ ...R, closureType: "liquidate" }),
  "POST /v1/customers/{}/investment-accounts/{}/robowise/{}/fund/": (c) => c.fundRobowise({ ...R, amount: "1.00" }),
  "POST /v1/customers/{}/investment-accounts/{}/robowise/{}/withdraw/": (c) => c.withdrawFromRobowise({ ...R, type: "all" }),
  "POST /v1/customers/{}/investment-accounts/{}/sell-orders/{}/action/": (c) => c.cancelOrder({ ...A, side: "sell", orderId: "MKTSELL1" }),
  "POST /v1/customers/{}/push-notifications/device/": (c) => c.registerPushDevice("10000001", { deviceId: "d", registrationId: "r" }),
  "POST /v1/customers/{}/upload_photo_id/": (c) =>
    c.uploadDocument("10000001", { documentType: "photo_id", data: new Uint8Array([1]), contentType: "image/png", fileName: "a.png" }),
  "POST /v1/customers/{}/upload_proof_of_address/": (c) =>
    c.uploadDocument("10000001", {
      documentType: "proof_of_address",
      data: new Uint8Array([1]),
      contentType: "image/png",
      fileName: "a.png",
    }),
  "POST /v1/customers/{}/upload_questionnaire_results/": (c) => c.submitQuestionnaire("10000001", "signup", []),
  "POST /v1/market/": (c) => c.placeMarketOrder({ ...A, buys: [] }),
  "POST /v1/market/quote/": (c) => c.quote({ ...A, buys: [] }),
  "PUT /v1/customers/{}/": (c) => c.putCustomer("10000001", {}),
  "PUT /v1/customers/{}/email-notifications-configuration/": (c) => c.putNotificationConfig("10000001", "email", {}),
  "PUT /v1/customers/{}/push-notifications-configuration/": (c) => c.putNotificationConfig("10000001", "push", {}),
};

describe("the typed client covers every WiseAlpha endpoint in seed 004 (#16)", () => {
  it("every exclusion names a seed endpoint, and no excluded endpoint has a call listed", () => {
    for (const excluded of Object.keys(CLIENT_EXCLUSIONS)) expect(SEED_ENDPOINTS).toContain(excluded);
    for (const listed of Object.keys(CALLS)) expect(SEED_ENDPOINTS.filter((e) => !CLIENT_EXCLUSIONS[e])).toContain(listed);
  });

  it.each(SEED_ENDPOINTS.filter((e) => !CLIENT_EXCLUSIONS[e]))("%s", async (endpoint) => {
    const invoke = CALLS[endpoint];
    expect(invoke, `no client call listed for ${endpoint}`).toBeDefined();
    const sent: string[] = [];
    const record: FetchLike = async (url, init) => {
      const u = new URL(url);
      sent.push(`${init.method ?? "GET"} ${normalizePath(u.pathname.replace(/^\/wa/, ""))}`);
      return new Response("{}", { status: 418 });
    };
    const client = createWiseAlphaClient({ baseUrl: "http://wa.test/wa/v1", apiKey: "k", fetch: record, retries: 0 });
    const oauth = createWiseAlphaOAuth({ oauthRoot: "http://wa.test/wa/o", clientId: "c", clientSecret: "s", fetch: record });
    const result = await Promise.resolve(invoke!(client, oauth)).catch(() => undefined);
    if (typeof result === "string" && result.startsWith("http"))
      sent.push(`GET ${normalizePath(new URL(result).pathname.replace(/^\/wa/, ""))}`);
    const [method, template] = endpoint.split(" ") as [string, string];
    expect(sent.map((s) => s.split(" ")[1])).toContain(template);
    if (method !== "*") expect(sent).toContain(endpoint);
  });
});
