import { createRng } from "../../lib/rng";
import { D, money } from "../domain/money";
import { newCustomer } from "./customer-factory";
import { applyBankPersons } from "./bank-persons";
import { generateCompaniesAndProducts } from "./generate-products";
import { generateCustomers } from "./generate-customers";
import { openAccount, postTransaction } from "./ledger";
import { createOrder } from "./orders";
import type { State } from "./types";

/** The individual (non-super) account behind the individual API key. */
export const INDIVIDUAL_CUSTOMER_ID = "10000000";

/** Fixed timestamp for generated market orders, so the same seed gives the same book. */
const BOOK_CREATED = "2026-06-01T09:00:00.000000Z";

/**
 * Builds the whole initial state from SANDBOX_SEED. Order matters: products first
 * (customers buy them), then customers, then WiseAlpha's own liquidity.
 */
/** `isUsers`: SANDBOX_IS_USERS, whose users the bank persons overlay copies (default as in the env). */
export function generateState(seed: number, sizes: { customers: number; products: number; isUsers?: number }): State {
  const rng = createRng(seed);
  const state: State = {
    version: 1,
    counters: {},
    customers: {},
    accounts: {},
    products: {},
    companies: {},
    orders: {},
    events: [],
    transfers: {},
  };
  generateCompaniesAndProducts(state, rng, sizes.products);
  generateCustomers(state, rng, sizes.customers);
  applyBankPersons(state, seed, sizes.isUsers ?? 2000);

  const individual = newCustomer({
    customer_id: INDIVIDUAL_CUSTOMER_ID,
    owner: "self",
    email: "individual@example.com",
    first_name: "Indy",
    last_name: "Vidual",
    title: "ms",
    date_joined: "2020-02-02T10:00:00.000000Z",
  });
  Object.assign(individual, {
    nationality: "GB",
    date_of_birth: "1985-05-05",
    contact_number: "07700900000",
    aml_status: "Auto Check Passed",
    address: {
      flat_or_apartment_number: null,
      house_name: null,
      house_number: "9",
      address1: "Market Street",
      address2: null,
      address3: "London",
      address4: null,
      post_code: "E1 1AA",
      country: "gb",
      from_date: "2012-01-01",
      to_date: null,
    },
    bank_details: { GBP: { account_name: "Indy Vidual", sort_code: "12-34-56", account_number: "11223344", country_code: "gb" } },
    tos_acceptance: { date: "2020-02-02T10:00:00.000000Z", ip_address: "10.1.1.1" },
    tax_residencies: [{ country: "gb", tax_identification_number: "QQ000000A" }],
    investor_type: {
      investor_type_id: 2,
      investor_type_identifier: "Standard Investor",
      investor_type: "Standard Investor",
      is_retail_restricted: true,
      annual_income: "50000",
      annual_income_currency: "GBP",
      net_investible_assets: "80000",
      net_investible_assets_currency: "GBP",
      professional_investment_experience: null,
      occupation: "Engineer",
      date_selected: "2020-02-02T10:00:00.000000Z",
    },
    questionnaires: { signup: { failed: 0, passed: true } },
  });
  state.customers[individual.customer_id] = individual;
  const account = openAccount(state, individual.customer_id, "individual", "GBP", individual.date_joined);
  postTransaction(state, account, "GBP", D(2500), "Deposit", "Deposit via bank transfer", individual.date_joined);

  // WiseAlpha's own liquidity: every bond has sell orders (sell_liquidity) and bids.
  for (const product of Object.values(state.products)) {
    for (let i = rng.int(1, 3); i > 0; i--) {
      createOrder(state, {
        side: "sell",
        account_id: null,
        customer_id: null,
        product_id: product.product_id,
        type: null,
        currency: product.currency,
        amount: money(D(rng.int(2, 50) * 1000)),
        principal: null,
        price: product.sell_price,
        created: BOOK_CREATED,
      });
    }
    for (let i = rng.int(1, 2); i > 0; i--) {
      createOrder(state, {
        side: "buy",
        account_id: null,
        customer_id: null,
        product_id: product.product_id,
        type: "gross",
        currency: product.currency,
        amount: money(D(rng.int(1, 40) * 500)),
        principal: null,
        price: product.buy_price,
        created: BOOK_CREATED,
      });
    }
  }
  return state;
}
