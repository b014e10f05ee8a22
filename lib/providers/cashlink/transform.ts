import {
  CASHLINK_FINAL_INVESTMENT_STATUSES,
  CASHLINK_INVESTMENT_STATUSES,
  cashlinkErrorBodySchema,
  type CashlinkCampaign as WireCampaign,
  type CashlinkInvestment,
  type CashlinkInvestmentStatus,
  type CashlinkInvestor as WireInvestor,
  type CashlinkInvitation,
  type CashlinkMoney,
  type CashlinkWallet as WireWallet,
} from "./schemas";

/** The investment statuses Cashlink documents, for filters and word tables outside this folder. */
export const INVESTMENT_STATUSES = CASHLINK_INVESTMENT_STATUSES;

// The rest of the app sees these names, never ./schemas (campaign, investor and wallet are shown as sent).
export type { CashlinkInvestment, CashlinkInvitation };
export type CashlinkCampaign = WireCampaign;
export type CashlinkInvestor = WireInvestor;
export type CashlinkWallet = WireWallet;

/** A decimal string in major units ("1100.000"), ready for decimal.js or Prisma's Decimal; never a float. */
export type CashlinkAmount = { amount: string; currency: string };

export type CashlinkInvestmentView = {
  id: string;
  /** UNKNOWN when Cashlink sends a status its docs do not list; `rawStatus` keeps what it sent. */
  status: CashlinkInvestmentStatus | "UNKNOWN";
  rawStatus: string;
  isFinal: boolean;
  investorId: string;
  campaignId: string;
  invitationId: string | null;
  units: number;
  amount: CashlinkAmount | null;
  walletId: string | null;
  signedAt: string | null;
  acceptedAt: string | null;
  paidAt: string | null;
  deliveredAt: string | null;
};

/** What every view of an invitation shows first: whose, for which campaign, how many units and how much. */
export type CashlinkInvitationTerms = {
  id: string;
  investorId: string;
  campaignId: string;
  units: number;
  amount: CashlinkAmount | null;
};

export function toCashlinkInvitationTerms(invitation: CashlinkInvitation): CashlinkInvitationTerms {
  return {
    id: invitation.id,
    investorId: invitation.investor_id,
    campaignId: invitation.campaign_id,
    units: invitation.units,
    amount: invitation.amount ? fromCashlinkMoney(invitation.amount) : null,
  };
}

export type CashlinkInvitationView = CashlinkInvitationTerms & {
  selfDisclosureSubmitted: boolean;
  surveySubmitted: boolean;
  surveyWaiver: string | null;
  /** Cashlink renders it asynchronously; false means "fetch again later", not "missing". */
  costsDocumentReady: boolean;
  investmentId: string | null;
  missing: { field: string; message: string }[];
};

const FINAL_STATUSES: ReadonlySet<string> = new Set(CASHLINK_FINAL_INVESTMENT_STATUSES);

/**
 * `{"amount": "1100000", "decimals": 3}` → "1100.000". Done on the digits rather than with
 * decimal.js, whose default 20 significant digits could round a very large amount.
 */
export function fromCashlinkMoney(money: CashlinkMoney): CashlinkAmount {
  const negative = money.amount.startsWith("-");
  const digits = (negative ? money.amount.slice(1) : money.amount).padStart(money.decimals + 1, "0");
  const whole = digits.slice(0, digits.length - money.decimals).replace(/^0+(?=\d)/, "");
  const fraction = digits.slice(digits.length - money.decimals);
  const isZero = /^0*$/.test(whole + fraction);
  return { amount: `${negative && !isZero ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`, currency: money.currency };
}

export function toInvestmentStatus(status: string): CashlinkInvestmentStatus | "UNKNOWN" {
  return (CASHLINK_INVESTMENT_STATUSES as readonly string[]).includes(status) ? (status as CashlinkInvestmentStatus) : "UNKNOWN";
}

export function toCashlinkInvestmentView(investment: CashlinkInvestment): CashlinkInvestmentView {
  return {
    id: investment.id,
    status: toInvestmentStatus(investment.status),
    rawStatus: investment.status,
    isFinal: FINAL_STATUSES.has(investment.status),
    investorId: investment.investor_id,
    campaignId: investment.campaign_id,
    invitationId: investment.invitation_id ?? null,
    units: investment.units,
    amount: investment.amount ? fromCashlinkMoney(investment.amount) : null,
    walletId: investment.wallet ?? null,
    signedAt: investment.signed_at ?? null,
    acceptedAt: investment.accepted_at ?? null,
    paidAt: investment.paid_at ?? null,
    deliveredAt: investment.delivered_at ?? null,
  };
}

export function toCashlinkInvitationView(invitation: CashlinkInvitation): CashlinkInvitationView {
  return {
    ...toCashlinkInvitationTerms(invitation),
    selfDisclosureSubmitted: Boolean(invitation.self_disclosure_submitted_at),
    surveySubmitted: Boolean(invitation.survey_submitted_at),
    surveyWaiver: invitation.survey_waiver ?? null,
    costsDocumentReady: Boolean(invitation.costs_document),
    investmentId: invitation.investment_id ?? null,
    missing: invitation.missing_requirements ?? [],
  };
}

export type CashlinkCampaignView = {
  id: string;
  productId: string | null;
  name: string;
  unitPrice: CashlinkAmount | null;
  minUnits: number | null;
  maxUnits: number | null;
};

export function toCashlinkCampaignView(campaign: WireCampaign): CashlinkCampaignView {
  return {
    id: campaign.id,
    productId: campaign.product_id ?? null,
    name: campaign.name ?? campaign.id,
    unitPrice: campaign.unit_price ? fromCashlinkMoney(campaign.unit_price) : null,
    minUnits: campaign.min_units ?? null,
    maxUnits: campaign.max_units ?? null,
  };
}

export type CashlinkInvestorView = {
  id: string;
  kind: "natural" | "legal";
  name: string;
  email: string | null;
  isIdentified: boolean;
  hasTaxInformation: boolean;
  createdAt: string | null;
};

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);

export function toCashlinkInvestorView(investor: WireInvestor): CashlinkInvestorView {
  const person = investor.natural_person ?? null;
  const company = investor.legal_person ?? null;
  const personName = person ? [text(person.forename), text(person.surname)].filter(Boolean).join(" ") : "";
  const companyName = company ? (text(company.company_name) ?? text(company.name) ?? "") : "";
  return {
    id: investor.id,
    kind: person ? "natural" : "legal",
    name: personName || companyName || investor.id,
    email: text(investor.communication?.email),
    isIdentified: investor.is_identified === true,
    hasTaxInformation: Boolean(investor.tax_information),
    createdAt: investor.created_at ?? null,
  };
}

export type CashlinkWalletView = {
  id: string;
  /** "eth-generic" (managed outside Cashlink) or "eth-managed" (Cashlink custody); as sent otherwise. */
  type: string;
  address: string | null;
  receivingEnabled: boolean;
  createdAt: string | null;
};

export function toCashlinkWalletView(wallet: WireWallet): CashlinkWalletView {
  return {
    id: wallet.id,
    type: wallet.type ?? "unknown",
    address: wallet.address ?? null,
    receivingEnabled: wallet.receiving_enabled !== false,
    createdAt: wallet.created_at ?? null,
  };
}

/**
 * Cashlink's own words from an error body (`ProviderError.details`): `{"detail": "..."}` or DRF field
 * errors `{"paid_at": ["..."]}` become "paid_at: ...". Shown to staff next to our message, because the
 * generic "rejected the data" does not say that, for example, the investment is not ACCEPTED yet.
 */
export function cashlinkErrorMessages(details: unknown): string[] {
  const parsed = cashlinkErrorBodySchema.safeParse(details);
  if (!parsed.success) return [];
  const messages: string[] = [];
  for (const [field, value] of Object.entries(parsed.data)) {
    const texts = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
    for (const message of texts) messages.push(field === "detail" || field === "non_field_errors" ? message : `${field}: ${message}`);
  }
  return messages.slice(0, 5);
}
