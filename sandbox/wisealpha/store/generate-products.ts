import type { Rng } from "../../lib/rng";
import { D, price4 } from "../domain/money";
import { nextId } from "./ids";
import type { Company, Product, State } from "./types";

/**
 * 60 bonds by default. Products 1-3 are main-market bonds at par whose accrued interest
 * rates reproduce the seed's /market/quote/ example (interest 1.50 on 500, 1.00 on 499,
 * 2.50 on 500), so the seed's curl examples return the documented figures.
 */
const SEED_EXAMPLE_RATES = ["0.003", "0.002", "0.005"];

const NAME_A = [
  "Albion",
  "Northgate",
  "Harbour",
  "Crown",
  "Meridian",
  "Thames",
  "Pennine",
  "Caledon",
  "Severn",
  "Ashford",
  "Kestrel",
  "Orchard",
  "Granite",
  "Beacon",
  "Solent",
];
const NAME_B = [
  "Motors",
  "Leisure",
  "Foods",
  "Telecom",
  "Homes",
  "Logistics",
  "Energy",
  "Retail",
  "Media",
  "Health",
  "Travel",
  "Chemicals",
];
const INDUSTRIES: Record<string, string> = {
  Motors: "automotive",
  Leisure: "leisure",
  Foods: "food_beverage",
  Telecom: "telecommunications",
  Homes: "real_estate",
  Logistics: "transport",
  Energy: "energy",
  Retail: "retail",
  Media: "entertainment_media_broadcasting",
  Health: "healthcare",
  Travel: "travel",
  Chemicals: "chemicals",
};
const INDUSTRY_NAMES: Record<string, string> = {
  automotive: "Automotive",
  leisure: "Leisure",
  food_beverage: "Food & Beverage",
  telecommunications: "Telecommunications",
  real_estate: "Real Estate",
  transport: "Transport & Logistics",
  energy: "Energy",
  retail: "Retail",
  entertainment_media_broadcasting: "Entertainment, Media & Broadcasting",
  healthcare: "Healthcare",
  travel: "Travel",
  chemicals: "Chemicals",
};
const MARKETS: Product["market_type"][] = [
  "main_market",
  "main_market",
  "high_yield",
  "perpetuals",
  "special_situations",
  "main_market",
  "high_yield",
];
const PREFIX: Record<Product["market_type"], string> = {
  main_market: "INVMKT",
  high_yield: "INVMHY",
  perpetuals: "INVMPE",
  special_situations: "INVMSS",
};
const SECURITY: Record<Product["market_type"], string[]> = {
  main_market: ["senior_secured", "senior_unsecured"],
  high_yield: ["unsecured", "unsecured_lt2"],
  perpetuals: ["at1"],
  special_situations: ["senior_secured", "not_specified"],
};
const MOODYS = ["Ba1", "Ba2", "Ba3", "B1", "B2", "B3", null];
const SP = ["BB+", "BB", "BB-", "B+", "B", "B-", null];

/** ISIN = "XS" + 9 digits + Luhn check digit over the letters-as-numbers expansion. */
function isin(rng: Rng): string {
  const body = "XS" + Array.from({ length: 9 }, () => rng.int(0, 9)).join("");
  const digits = body.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let sum = 0;
  [...digits].reverse().forEach((ch, i) => {
    let n = Number(ch);
    if (i % 2 === 0) n *= 2;
    sum += n > 9 ? n - 9 : n;
  });
  return body + String((10 - (sum % 10)) % 10);
}

const pad2 = (n: number) => String(n).padStart(2, "0");

export function generateCompaniesAndProducts(state: State, rng: Rng, count: number) {
  const companies: Company[] = [];
  for (let i = 0; i < Math.max(1, Math.ceil(count * 0.75)); i++) {
    const b = NAME_B[i % NAME_B.length]!;
    const name = `${NAME_A[Math.floor(i / NAME_B.length) % NAME_A.length]} ${b}${i >= NAME_A.length * NAME_B.length ? ` ${i}` : ""}`;
    const company: Company = {
      company_id: nextId(state, "CO"),
      company_name: name,
      industry: { key: INDUSTRIES[b]!, name: INDUSTRY_NAMES[INDUSTRIES[b]!]! },
      description: `<p>${name} is a UK business in the ${b.toLowerCase()} sector.</p>`,
      website: `https://www.${name.toLowerCase().replace(/\s+/g, "")}.example`,
      formation_date: String(rng.int(1950, 2015)),
      country_of_origin: "UK",
      ownership_status: rng.pick(["Private", "Publicly traded", "Private equity owned"]),
      senior_debt: rng.int(10, 60),
      junior_debt: rng.int(0, 20),
      equity: 0,
    };
    company.equity = 100 - company.senior_debt - company.junior_debt;
    companies.push(company);
    state.companies[company.company_id] = company;
  }

  for (let i = 0; i < count; i++) {
    const market = i < 3 ? "main_market" : rng.pick(MARKETS);
    const n = (state.counters.product ?? 0) + 1;
    state.counters.product = n;
    const coupon = D(4).add(D(rng.int(0, 56)).mul("0.125"));
    const price = i < 3 ? D(100) : D(85).add(D(rng.int(0, 200)).mul("0.125"));
    const years = rng.int(1, 9);
    const maturityYear = market === "perpetuals" ? 2099 : 2026 + years;
    const daysAccrued = rng.int(0, 180);
    const rate = SEED_EXAMPLE_RATES[i] ?? coupon.div(100).mul(daysAccrued).div(365).toDecimalPlaces(6).toString();
    const currentYield = coupon.div(price).mul(100);
    const product: Product = {
      product_id: `${PREFIX[market]}${String(n).padStart(8, "0")}`,
      state: "open",
      market_type: market,
      asset_security: rng.pick(SECURITY[market]),
      isin_code: isin(rng),
      currency: rng.bool(0.85) ? "GBP" : "EUR",
      buy_price: price4(price),
      sell_price: price4(price),
      maturity: `${maturityYear}-${pad2(rng.int(1, 12))}-${pad2(rng.int(1, 28))}`,
      interest_period: rng.pick(["6m", "6m", "3m", "12m"]),
      next_interest_payment: `2027-${pad2(rng.int(1, 6))}-${pad2(rng.int(1, 28))}`,
      coupon: coupon.toFixed(4),
      call_schedule: rng.bool(0.5)
        ? [
            { date: `${2027 + rng.int(0, 2)}-09-01`, price: "102.50" },
            { date: `${2030}-09-01`, price: "100.00" },
          ]
        : [],
      yield_to_maturity: currentYield.add(D(100).sub(price).div(years)).toFixed(2),
      current_yield: currentYield.toFixed(2),
      rating_moodys: rng.pick(MOODYS),
      rating_fitch: null,
      rating_sandp: rng.pick(SP),
      accrued_interest_rate: rate,
      zero_interest_fees: rng.bool(0.1),
      company_id: companies[i % companies.length]!.company_id,
      pending_liquidity: rng.bool(0.2) ? [{ settlement_date: "2027-01-15", pending_amount: `${rng.int(10, 200)}000.00` }] : [],
    };
    // The seed's example buys and sells products 1-3 in GBP with fees; keep them plain.
    if (i < 3) Object.assign(product, { currency: "GBP", zero_interest_fees: false });
    state.products[product.product_id] = product;
  }
}
