import type { Rng } from "../../lib/rng";
import { INVESTOR_TYPES } from "../domain/investor-types";
import { D, money } from "../domain/money";
import { buyByPrincipal } from "../domain/quote";
import { clientAccountMigrationAgreement, newCustomer } from "./customer-factory";
import { nextCustomerId } from "./ids";
import { openAccount, postTransaction, recordInvestment } from "./ledger";
import { createOrder } from "./orders";
import { timestamp } from "./runtime";
import type { AmlStatus, Customer, State } from "./types";

/**
 * Customers spread over every onboarding state. Each stage is a list of steps applied in
 * order, so a later stage is always an earlier one plus more progress.
 */
const FIRST = [
  "Oliver",
  "Amelia",
  "George",
  "Isla",
  "Harry",
  "Ava",
  "Noah",
  "Mia",
  "Jack",
  "Sophia",
  "Leo",
  "Grace",
  "Arthur",
  "Lily",
  "Muhammad",
  "Freya",
];
const LAST = [
  "Smith",
  "Jones",
  "Taylor",
  "Brown",
  "Williams",
  "Wilson",
  "Johnson",
  "Davies",
  "Patel",
  "Robinson",
  "Wright",
  "Thompson",
  "Evans",
  "Walker",
  "Khan",
  "Hughes",
];
const REJECTIONS = [
  "Provided document was too old.",
  "The document is blurred or unreadable.",
  "The name on the document does not match the profile.",
  "The document has expired.",
];

type Step = (c: Customer, rng: Rng) => void;

const partial: Step = (c, rng) => {
  c.nationality = "GB";
  c.contact_number = `07${rng.int(100000000, 999999999)}`;
  if (rng.bool()) c.date_of_birth = `${rng.int(1950, 2000)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`;
};
const complete: Step = (c, rng) => {
  partial(c, rng);
  c.date_of_birth ??= `${rng.int(1950, 2000)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`;
  c.address = {
    flat_or_apartment_number: null,
    house_name: null,
    house_number: String(rng.int(1, 200)),
    address1: `${rng.pick(["High", "Church", "Station", "Mill", "Park"])} Street`,
    address2: null,
    address3: rng.pick(["London", "Leeds", "Bristol", "Manchester", "Edinburgh"]),
    address4: null,
    post_code: `N${rng.int(1, 20)} ${rng.int(1, 9)}XX`,
    country: "gb",
    from_date: `${rng.int(2005, 2021)}-01-01`,
    to_date: null,
  };
  c.bank_details = {
    GBP: {
      account_name: `${c.first_name} ${c.last_name}`,
      sort_code: "12-34-56",
      account_number: String(rng.int(10000000, 99999999)),
      country_code: "gb",
    },
  };
  c.tos_acceptance = { date: c.date_joined, ip_address: `10.0.${rng.int(0, 255)}.${rng.int(1, 254)}` };
  c.tax_residencies = [{ country: "gb", tax_identification_number: `QQ${rng.int(100000, 999999)}C` }];
  c.aml_status = "AML Check Pending";
};
const investorType: Step = (c, rng) => {
  const def = rng.pick(INVESTOR_TYPES.filter((t) => t.id === 1 || t.id === 2));
  c.investor_type = {
    investor_type_id: def.id,
    investor_type_identifier: def.identifier,
    investor_type: def.title,
    is_retail_restricted: def.is_retail_restricted,
    annual_income: def.id === 1 ? "150000" : "45000",
    annual_income_currency: "GBP",
    net_investible_assets: def.id === 1 ? "400000" : "60000",
    net_investible_assets_currency: "GBP",
    professional_investment_experience: null,
    occupation: rng.pick(["Engineer", "Teacher", "CEO", "Doctor", "Analyst"]),
    date_selected: c.date_joined,
  };
};
const signup: Step = (c) => void (c.questionnaires.signup = { failed: 0, passed: true });
const amlPassed: Step = (c) => void (c.aml_status = "Auto Check Passed");
const amlFailed: Step = (c) => void (c.aml_status = "Auto Check Failed");
const upload = (c: Customer, type: string, status: "provided" | "approved" | "rejected", reason?: string) => {
  c.documents[type] = {
    status,
    original_file_name: `${type}.jpg`,
    content_type: "image/jpeg",
    size: 48213,
    uploaded: c.date_joined,
    ...(reason ? { rejection_reason: reason } : {}),
  };
};

/** Both identity documents uploaded with `status`; the AML status as it then reads. */
const documents =
  (aml: AmlStatus, status: "provided" | "approved"): Step =>
  (c) => {
    c.aml_status = aml;
    upload(c, "photo_id", status);
    upload(c, "proof_of_address", status);
  };

/** Signed up: a complete profile, an investor type and the signup questionnaire passed. */
const SIGNED_UP: Step[] = [complete, investorType, signup];
/** Signed up and through the automated AML check: where most stages go on from. */
const AML_PASSED: Step[] = [...SIGNED_UP, amlPassed];

const STAGES: { weight: number; steps: Step[] }[] = [
  { weight: 6, steps: [] },
  { weight: 6, steps: [partial] },
  { weight: 5, steps: [complete] },
  { weight: 5, steps: [complete, investorType] },
  {
    weight: 3,
    steps: [complete, investorType, amlPassed, (c, r) => void (c.questionnaires.signup = { failed: r.int(1, 2), passed: false })],
  },
  { weight: 2, steps: [complete, investorType, amlPassed, (c) => void (c.questionnaires.signup = { failed: 3, passed: false })] },
  { weight: 5, steps: [...SIGNED_UP, amlFailed] },
  { weight: 4, steps: [...SIGNED_UP, documents("AML Documents Provided", "provided")] },
  {
    weight: 3,
    steps: [
      ...SIGNED_UP,
      amlFailed,
      (c, r) => {
        upload(c, "photo_id", "rejected", r.pick(REJECTIONS));
        upload(c, "proof_of_address", "provided");
      },
    ],
  },
  { weight: 3, steps: [...AML_PASSED, (c) => void (c.user_agreement["client-account-migration"] = clientAccountMigrationAgreement())] },
  { weight: 20, steps: AML_PASSED },
  { weight: 12, steps: [...SIGNED_UP, documents("AML Documents Verified", "approved")] },
  { weight: 12, steps: [...AML_PASSED, (c) => void (c.questionnaires["high-yield"] = { failed: 0, passed: true })] },
  {
    weight: 5,
    steps: [
      ...AML_PASSED,
      (c) => {
        for (const t of ["high-yield", "perpetual", "special-situation"]) c.questionnaires[t] = { failed: 0, passed: true };
        c.market_access = { perpetuals: true, special_situations: true };
      },
    ],
  },
  {
    weight: 3,
    steps: [
      ...AML_PASSED,
      (c) =>
        void (c.requested_documents["bank_statement:GBP"] = {
          request_reason: "We could not verify that you own the bank account ending 6866.",
        }),
    ],
  },
  { weight: 3, steps: [...AML_PASSED, (c) => void (c.withdrawal_blocked = true)] },
];

function pickStage(rng: Rng) {
  const total = STAGES.reduce((s, st) => s + st.weight, 0);
  let roll = rng.next() * total;
  for (const stage of STAGES) if ((roll -= stage.weight) < 0) return stage;
  return STAGES[STAGES.length - 1]!;
}

const BASE = Date.UTC(2019, 0, 1);
const SPAN_DAYS = 2700;

export function generateCustomers(state: State, rng: Rng, count: number) {
  const products = Object.values(state.products).filter((p) => p.currency === "GBP");
  for (let i = 0; i < count; i++) {
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    const joined = timestamp(new Date(BASE + rng.int(0, SPAN_DAYS) * 86_400_000 + rng.int(0, 86_399_999)));
    const id = nextCustomerId(state);
    const c = newCustomer({
      customer_id: id,
      email: `${first}.${last}.${id}@example.com`.toLowerCase(),
      first_name: first,
      last_name: last,
      title: rng.pick(["mr", "mrs", "ms", "dr"]),
      date_joined: joined,
    });
    // Customer 10000001 is the seed examples' customer: fully onboarded, all markets.
    // The next ones take each stage in turn, so even a small data set has every state.
    const stage = i === 0 ? STAGES[13]! : i <= STAGES.length ? STAGES[i - 1]! : pickStage(rng);
    for (const step of stage.steps) step(c, rng);
    state.customers[id] = c;
    const account = openAccount(state, id, "individual", "GBP", joined);
    if (c.aml_status === "Auto Check Passed" || c.aml_status === "AML Documents Verified")
      fundAndInvest(state, rng, account.id, products, i === 0);
  }
}

/** Deposits, a few holdings bought at today's price, and sometimes open orders. */
function fundAndInvest(state: State, rng: Rng, accountId: string, products: State["products"][string][], showcase: boolean) {
  const account = state.accounts[accountId]!;
  const at = account.created;
  postTransaction(state, account, "GBP", D(showcase ? 25000 : rng.int(5, 400) * 50), "Deposit", "Deposit via bank transfer", at);
  const picks = showcase ? products.slice(0, 3) : Array.from({ length: rng.int(0, 4) }, () => rng.pick(products));
  for (const product of picks) {
    const principal = showcase ? D(2000) : D(rng.int(2, 60) * 50);
    const cost = buyByPrincipal(product, principal, D(product.buy_price)).total;
    if (cost.greaterThan(account.balances.GBP!)) continue;
    postTransaction(
      state,
      account,
      "GBP",
      cost.neg(),
      `Bought ${state.companies[product.company_id]!.company_name}`,
      "Investment Purchase",
      at,
    );
    recordInvestment(state, account, {
      product_id: product.product_id,
      created: at,
      transaction_type: "buy",
      principal: money(principal),
      amount: money(cost),
      currency: "GBP",
    });
    const held = account.holdings[product.product_id];
    account.holdings[product.product_id] = {
      product_id: product.product_id,
      principal: money(principal.add(held?.principal ?? 0)),
      locked: "0.00",
      cost: money(cost.add(held?.cost ?? 0)),
      sold_principal: "0.00",
      sale_proceeds: "0.00",
      created: at,
    };
  }
  const holdings = Object.values(account.holdings);
  if (!showcase && holdings.length > 0 && rng.bool(0.2)) {
    const holding = rng.pick(holdings);
    const product = state.products[holding.product_id]!;
    const amount = money(D(holding.principal).div(2).toDecimalPlaces(0));
    holding.locked = amount;
    createOrder(state, {
      side: "sell",
      account_id: account.id,
      customer_id: account.customer_id,
      product_id: product.product_id,
      type: null,
      currency: "GBP",
      amount,
      principal: null,
      price: product.sell_price,
      created: at,
    });
  }
  if (!showcase && rng.bool(0.15)) {
    const product = rng.pick(products);
    const amount = D(rng.int(1, 20) * 50);
    if (amount.lessThanOrEqualTo(account.balances.GBP!)) {
      postTransaction(state, account, "GBP", amount.neg(), `Funds reserved for buy order`, "Buy Order", at);
      createOrder(state, {
        side: "buy",
        account_id: account.id,
        customer_id: account.customer_id,
        product_id: product.product_id,
        type: "gross",
        currency: "GBP",
        amount: money(amount),
        principal: null,
        price: product.buy_price,
        created: at,
      });
    }
  }
}
