import Decimal from "decimal.js";

import { createRng, type Rng } from "../lib/rng";
import { API_CLIENT_USER_ID } from "./auth";
import { seededId } from "./ids";
import { derivedStatus } from "./portfolio-model";
import { isoDatetime, type Portfolio, type State, type User } from "./state";

/** Generated data ends here, so the same seed gives the same data on every machine and day. */
const DATA_END = Date.UTC(2026, 9, 1);
const DATA_START = Date.UTC(2020, 0, 1);

/** Ids the seed documents use, created as users so their example bodies work as-is. */
const SEED_USER_IDS = [
  "U01F5WYKRRXZHXT9S6FF1JZNJVZ",
  "U01ERYVVSZTKKYEEVX3Y6JECE83",
  "U01EJQSYGYQJJ5GNFM4ZXW59Q0X",
  "U01F5XFY0S38KJYVHX0X3GJ4KWM",
];

const FIRST = [
  "Emma",
  "Lucas",
  "Olivia",
  "Noah",
  "Mila",
  "Liam",
  "Louise",
  "Arthur",
  "Julia",
  "Victor",
  "Sofia",
  "Finn",
  "Anna",
  "Jules",
  "Nora",
  "Adam",
  "Lena",
  "Elias",
  "Marie",
  "Omar",
];
const LAST = [
  "Peeters",
  "Janssens",
  "Maes",
  "Jacobs",
  "Mertens",
  "Willems",
  "Claes",
  "Goossens",
  "Wouters",
  "De Smet",
  "Dubois",
  "Lambert",
  "Martin",
  "Smith",
  "Garcia",
  "Müller",
  "Rossi",
  "Nowak",
  "Silva",
  "Khan",
];
const LANGUAGES = ["en-US", "en-GB", "nl-BE", "fr-BE", "de-DE", "be-NL"];
const CURRENCIES = ["EUR", "EUR", "EUR", "USD", "USD", "GBP", "CHF"];
const COUNTRIES = ["LU", "IE", "US", "BE", "DE", "FR", "NL"];
const ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Builds the initial state: SANDBOX_IS_USERS users and SANDBOX_IS_PORTFOLIOS portfolios. */
export function generateState(seed: number, userCount: number, portfolioCount: number): State {
  const rng = createRng(seed);
  const { catalogue, isins } = generateCatalogue(rng);
  const users = generateUserMap(rng, userCount);
  const userList = Object.values(users).filter((u) => u.id !== API_CLIENT_USER_ID);

  const portfolios: Portfolio[] = [];
  for (let i = 0; i < portfolioCount; i++) {
    const owner = rng.pick(userList);
    portfolios.push(generatePortfolio(rng, i, owner, catalogue, isins));
  }
  // Insertion order = creation order, the collection's default order.
  portfolios.sort((a, b) => a.creation_datetime.localeCompare(b.creation_datetime) || a.id.localeCompare(b.id));

  return {
    schema: 1,
    seed,
    users,
    portfolios: Object.fromEntries(portfolios.map((p) => [p.id, p])),
    events: [],
    eventSeq: 0,
    cashTransfers: [],
    idempotency: {},
  };
}

/**
 * The users alone, exactly as generateState makes them (same random stream), so the other
 * sandboxes can give a share of these persons the same bank customer number (../lib/bank-persons.ts).
 */
export function generateUsers(seed: number, userCount: number): User[] {
  const rng = createRng(seed);
  generateCatalogue(rng);
  return Object.values(generateUserMap(rng, userCount));
}

function generateCatalogue(rng: Rng) {
  const ref = (letter: string, n: number) => Array.from({ length: n }, () => seededId(letter, DATA_START + rng.int(0, 3e10), rng));
  const catalogue = { policies: ref("Y", 6), goals: ref("L", 5), horizons: ref("H", 5), risks: ref("K", 7), profiles: ref("N", 40) };
  const isins = Array.from(
    { length: 40 },
    () => `${rng.pick(COUNTRIES)}${Array.from({ length: 9 }, () => rng.pick([...ALNUM])).join("")}${rng.int(0, 9)}`,
  );
  return { catalogue, isins };
}

function generateUserMap(rng: Rng, userCount: number): Record<string, User> {
  const users: Record<string, User> = {};
  const fixedIds = [API_CLIENT_USER_ID, ...SEED_USER_IDS];
  for (let i = 0; i < Math.max(userCount, fixedIds.length); i++) {
    const created = DATA_START + Math.floor(rng.next() * (DATA_END - DATA_START) * 0.9);
    const id = fixedIds[i] ?? seededId("U", created, rng);
    users[id] = generateUser(rng, id, i, created);
  }
  return users;
}

function generateUser(rng: Rng, id: string, index: number, created: number): User {
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  const status = rng.pick(["ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "WAITING_FOR_SIGNATURE", "WAITING_FOR_VERIFICATION"]);
  return {
    id,
    external_id: rng.bool(0.9) ? `CUST-${String(index + 1).padStart(6, "0")}` : null,
    readable_by: [id],
    modifiable_by: [id],
    creation_datetime: isoDatetime(created),
    version: rng.int(1, 4),
    version_datetime: isoDatetime(created + rng.int(0, 86_400_000 * 30)),
    version_authored_by_user_id: API_CLIENT_USER_ID,
    deleted: false,
    first_name: index === 0 ? "InvestSuite" : first,
    last_name: index === 0 ? "API client" : last,
    email: `${first}.${last}.${index + 1}@example.com`.toLowerCase().replace(/[^a-z0-9.@]/g, ""),
    phone: `+32${rng.int(470_000_000, 499_999_999)}`,
    language: rng.pick(LANGUAGES),
    counter_account: rng.bool(0.7)
      ? { bank_account_number: iban(rng, "BE"), bank_account_number_type: "IBAN", bank_id: "GEBABEBB", bank_id_type: "BIC" }
      : null,
    status,
    brokerage_user_id: rng.bool(0.5) ? `BRK-${rng.int(100000, 999999)}` : null,
    idp_user_id: null,
    products: [],
  };
}

type Catalogue = { policies: string[]; goals: string[]; horizons: string[]; risks: string[]; profiles: string[] };

/** Picks a target status first and shapes the data so `derivedStatus` agrees with it. */
function generatePortfolio(rng: Rng, index: number, owner: User, cat: Catalogue, isins: string[]): Portfolio {
  const ownerCreated = Date.parse(owner.creation_datetime);
  const created = ownerCreated + Math.floor(rng.next() * (DATA_END - ownerCreated));
  const manager = rng.pick(["ROBO_ADVISOR_DISCRETIONARY", "ROBO_ADVISOR_DISCRETIONARY", "ROBO_ADVISOR_ADVISORY", "USER_MANAGED"]);
  const robo = manager !== "USER_MANAGED";
  const moneyType = robo && rng.bool(0.2) ? "PAPER_MONEY" : "REAL_MONEY";
  const target = moneyType === "PAPER_MONEY" ? rng.pick(["ACTIVE", "ACTIVE", "INACTIVE"]) : pickStatus(rng, robo);
  const currency = rng.pick(CURRENCIES);
  const funded = target === "ACTIVE" || target === "INACTIVE";

  const settings: Record<string, unknown> = { active: target !== "INACTIVE", tags: [], background_image: null, background_color: null };
  if (robo) {
    const risk = rng.int(0, 6);
    Object.assign(settings, {
      policy_id: target === "WAITING_FOR_POLICY" ? null : rng.pick(cat.policies),
      goal_id: rng.pick(cat.goals),
      horizon_id: rng.pick(cat.horizons),
      risk_profile_id: cat.risks[risk],
      proposed_risk_profile_id: cat.risks[risk],
      risk_profile_score: risk + 1,
      suitability_profile_id: rng.bool(0.3) ? rng.pick(cat.profiles) : null,
      divest_amount: null,
      start_amount: money(rng, 500, 50_000, 0),
      recurring_deposit_amount: rng.bool(0.6) ? money(rng, 50, 1_000, 0) : null,
      end_datetime: null,
    });
  }
  const holdings: Record<string, string> = {};
  if (funded) {
    holdings[`$${currency}`] = money(rng, 0, 5_000, 2);
    for (const isin of pickSome(rng, isins, rng.int(2, 8))) holdings[isin] = money(rng, 1, 400, rng.int(0, 4));
  }
  // Pending withdrawals on live real-money robo portfolios; a quarter of them full (1e100).
  if (robo && moneyType === "REAL_MONEY" && target === "ACTIVE" && rng.bool(0.12)) {
    settings.divest_amount = rng.bool(0.25) ? "1e+100" : money(rng, 100, 5_000, rng.int(0, 2));
  }
  const version = rng.int(1, 15);
  const p: Portfolio = {
    id: seededId("P", created, rng),
    external_id: rng.bool(0.9) ? `PF-${String(index + 1).padStart(6, "0")}` : null,
    readable_by: [owner.id],
    modifiable_by: [owner.id],
    name: rng.pick(["General investing", "Child's education", "Retirement", "House deposit", "Rainy day", "Travel fund"]),
    owned_by_user_id: owner.id,
    base_currency: currency,
    money_type: moneyType,
    config: { manager, manager_version: 1, manager_settings: settings },
    brokerage_account: target === "WAITING_FOR_ACCOUNT" || target === "WAITING_FOR_POLICY" ? null : account(rng),
    owned_by_user_ids: [],
    portfolio: holdings,
    snapshot_datetime: funded ? isoDatetime(created + rng.int(1, 300) * 86_400_000) : null,
    archived: false,
    funded_since: funded ? isoDatetime(created + rng.int(1, 30) * 86_400_000) : null,
    creation_datetime: isoDatetime(created),
    version,
    version_datetime: isoDatetime(version === 1 ? created : created + rng.int(1, 400) * 86_400_000),
    version_authored_by_user_id: rng.bool(0.5) ? owner.id : API_CLIENT_USER_ID,
    deleted: false,
    status: target,
  };
  p.status = derivedStatus(p);
  return p;
}

function pickStatus(rng: Rng, robo: boolean): string {
  const r = rng.next();
  if (robo && r < 0.05) return "WAITING_FOR_POLICY";
  if (r < 0.12) return "WAITING_FOR_ACCOUNT";
  if (r < 0.22) return "WAITING_FOR_FUNDS";
  return r < 0.92 ? "ACTIVE" : "INACTIVE";
}

function account(rng: Rng) {
  return {
    brokerage_portfolio_id: rng.bool(0.5) ? `BP-${rng.int(100000, 999999)}` : null,
    brokerage_user_id: null,
    bank_account_type: "IBAN",
    bank_account_number: iban(rng, rng.pick(["BE", "LU", "NL", "DE"])),
    bank_id: rng.pick(["GEBABEBB", "BBRUBEBB", "KREDBEBB", null]),
    payment_reference: rng.bool(0.5) ? String(rng.int(100_000_000, 999_999_999)) : null,
  };
}

function iban(rng: Rng, country: string) {
  return `${country}${String(rng.int(10, 99))}${Array.from({ length: 12 }, () => rng.int(0, 9)).join("")}`;
}

/** A decimal amount as text, built from integers so no float rounding leaks in. */
function money(rng: Rng, min: number, max: number, places: number): string {
  const scale = 10 ** places;
  return new Decimal(rng.int(min * scale, max * scale)).div(scale).toString();
}

function pickSome<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(rng.next() * pool.length), 1)[0] as T);
  return out;
}
