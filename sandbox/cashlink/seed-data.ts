import type { SandboxEnv } from "../lib/context";
import { createRng, type Rng } from "../lib/rng";
import { applyBankPersons } from "./seed-bank-persons";
import { seededHex, seededUuid } from "./seed-ids";
import { seedInvitations } from "./seed-invitations";
import type { Campaign, CashlinkState, Investor, Wallet } from "./types";

/** Fixed ids so the README, scripts and the contract test can name them without a lookup. */
export const DEMO_CAMPAIGN_ID = "3b0c8f5e-6a1d-4c2e-9f3a-5d7e2b1c4a60";
export const DEMO_INVESTOR_ID = "8d2f6b1a-94c3-4e57-b0a8-1f6c3e9d2a75";

/** Seeded records are dated from here on, so anything created at runtime sorts after them. */
const EPOCH = Date.parse("2024-01-08T09:00:00.000Z");
const HOUR = 3_600_000;

const FORENAMES = [
  "Anna",
  "Lukas",
  "Marie",
  "Jonas",
  "Sophie",
  "Felix",
  "Lena",
  "Paul",
  "Mia",
  "Leon",
  "Hannah",
  "Elias",
  "Emma",
  "Noah",
  "Clara",
];
const SURNAMES = [
  "Müller",
  "Schmidt",
  "Schneider",
  "Fischer",
  "Weber",
  "Meyer",
  "Wagner",
  "Becker",
  "Schulz",
  "Hoffmann",
  "Koch",
  "Richter",
  "Wolf",
];
const CITIES = [
  ["Hamburg", "20095"],
  ["Berlin", "10115"],
  ["München", "80331"],
  ["Köln", "50667"],
  ["Frankfurt am Main", "60311"],
  ["Leipzig", "04109"],
] as const;
const BANKS = [
  ["Hamburger Sparkasse", "HASPDEHHXXX"],
  ["Deutsche Bank", "DEUTDEFFXXX"],
  ["Commerzbank", "COBADEFFXXX"],
  ["GLS Bank", "GENODEM1GLS"],
] as const;

/** Builds the whole first-start state deterministically from SANDBOX_SEED. */
export function buildInitialState(env: SandboxEnv): CashlinkState {
  const rng = createRng(env.SANDBOX_SEED);
  const campaigns = seedCampaigns(rng);
  const investorCount = Math.max(3, Math.ceil(env.SANDBOX_CL_INVITATIONS * 0.6));
  const investors = Array.from({ length: investorCount }, (_, i) => seedInvestor(rng, i));
  const wallets = investors.flatMap((investor) => seedWallets(rng, investor));
  const { invitations, investments } = seedInvitations(rng, env.SANDBOX_CL_INVITATIONS, { campaigns, investors, wallets, epoch: EPOCH });
  // After every random draw, so ids and the rest of the data are what they were before.
  applyBankPersons(investors, env.SANDBOX_SEED, env.SANDBOX_IS_USERS);
  return { version: 1, campaigns, investors, wallets, invitations, investments, idempotency: {} };
}

function seedCampaigns(rng: Rng): Campaign[] {
  const solar = seededUuid(rng);
  const housing = seededUuid(rng);
  const rows: [string, string, string, number][] = [
    // The demo campaign prices units at EUR 1, so the guide's 1,100 units need a self-disclosure.
    [solar, "Sandbox Solar Bond 2029 – Tranche A", "1.00", 1_000_000],
    [solar, "Sandbox Solar Bond 2029 – Tranche B", "1.00", 500_000],
    [housing, "Hamburg Residential Token 2030", "100.00", 20_000],
    [housing, "Hamburg Residential Token 2030 – Partner", "500.00", 5_000],
    [seededUuid(rng), "Nordsee Wind Subordinated Loan", "250.00", 8_000],
  ];
  return rows.map(([product_id, name, unit_price, max_units], i) => ({
    id: i === 0 ? DEMO_CAMPAIGN_ID : seededUuid(rng),
    product_id,
    name,
    unit_price,
    currency: "EUR",
    min_units: 1,
    max_units,
    created_at: new Date(EPOCH - (30 - i) * 24 * HOUR).toISOString(),
  }));
}

function seedInvestor(rng: Rng, index: number): Investor {
  const forename = rng.pick(FORENAMES);
  const surname = rng.pick(SURNAMES);
  const [city, zip] = rng.pick(CITIES);
  const [bank, bic] = rng.pick(BANKS);
  const isLegal = index % 20 === 19;
  const createdAt = new Date(EPOCH + index * 7 * HOUR).toISOString();
  const address = {
    street: `${rng.pick(["Hauptstraße", "Lindenallee", "Hafenweg", "Schillerstraße"])} ${rng.int(1, 120)}`,
    city,
    zip,
    country: "DEU",
  };
  const holder = isLegal ? `${surname} Vermögensverwaltung GmbH` : `${forename} ${surname}`;
  // The first investor is the documented demo investor: identified, with tax info and a wallet.
  const isDemo = index === 0;
  const identified = isDemo || rng.bool(0.8);
  return {
    id: isDemo ? DEMO_INVESTOR_ID : seededUuid(rng),
    natural_person: isLegal
      ? null
      : {
          salutation: rng.pick(["MR", "MS"]),
          forename,
          surname,
          birth_date: `${rng.int(1950, 2003)}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`,
          birth_place: city,
          citizenship: "DEU",
          ...address,
          phone: `+49 ${rng.int(150, 179)} ${rng.int(1_000_000, 9_999_999)}`,
          is_pep: false,
          is_subject_to_us_tax: false,
        },
    legal_person: isLegal
      ? { company_name: holder, legal_form: "GMBH", commercial_register: `HRB ${rng.int(10_000, 199_999)}`, ...address }
      : null,
    bank_account: {
      account_holder: holder,
      iban: `DE${rng.int(10, 99)}${seededDigits(rng, 18)}`,
      bic,
      bank,
      country: "DEU",
      currency: "EUR",
    },
    tax_information:
      isDemo || rng.bool(0.9) ? { tax_identification_number: seededDigits(rng, 11), non_assessment_certificate: rng.bool(0.1) } : null,
    is_beneficiary: true,
    pep_status: "NO_PEP",
    account_setup_accepted_at: createdAt,
    communication: { email: `${forename}.${surname}.${index}@example.com`.toLowerCase(), email_confirmed: true },
    identifications: identified
      ? [
          {
            id: seededUuid(rng),
            document_type: rng.pick(["IDCARD", "PASSPORT"]),
            document_id: `L${seededDigits(rng, 8)}`,
            document_issuer: `Stadt ${city}`,
            document_valid_from: "2021-03-01",
            document_valid_to: "2031-02-28",
            identity_provider: rng.pick(["POSTIDENT", "IDNOW"]),
            legitimation_process_id: seededHex(rng, 12),
            verified_at: new Date(Date.parse(createdAt) + 2 * HOUR).toISOString(),
          },
        ]
      : [],
    created_at: createdAt,
  };
}

/** Wallets need KYC and tax information, as on the real platform. */
function seedWallets(rng: Rng, investor: Investor): Wallet[] {
  if (investor.identifications.length === 0 || !investor.tax_information) return [];
  const at = (hours: number) => new Date(Date.parse(investor.created_at) + hours * HOUR).toISOString();
  const wallets: Wallet[] = [];
  if (investor.id === DEMO_INVESTOR_ID || rng.bool(0.85)) {
    wallets.push({
      id: seededUuid(rng),
      investor_id: investor.id,
      type: "eth-generic",
      address: `0x${seededHex(rng, 40)}`,
      receiving_enabled: true,
      created_at: at(3),
    });
  }
  if (rng.bool(0.3)) {
    wallets.push({
      id: seededUuid(rng),
      investor_id: investor.id,
      type: "eth-managed",
      address: `0x${seededHex(rng, 40)}`,
      receiving_enabled: true,
      created_at: at(4),
    });
  }
  return wallets;
}

function seededDigits(rng: Rng, length: number): string {
  return Array.from({ length }, () => rng.int(0, 9)).join("");
}
