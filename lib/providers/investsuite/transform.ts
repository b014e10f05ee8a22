import {
  brokerageAccountSchema,
  cashKey as wireCashKey,
  isFullWithdrawal as wireIsFullWithdrawal,
  MANAGERS as WIRE_MANAGERS,
  managerSettingsSchema,
  MONEY_TYPES as WIRE_MONEY_TYPES,
  PORTFOLIO_STATUSES as WIRE_PORTFOLIO_STATUSES,
  portfolioSchema,
  type BrokerageAccount as WireBrokerageAccount,
  type ManagerSettings as WireManagerSettings,
  type Portfolio as WirePortfolio,
  type PortfolioListItem as WirePortfolioListItem,
  type User as WireUser,
} from "./schemas";

/**
 * InvestSuite's boundary, like the other providers' transform modules: the rest of the
 * app (domains, pages, components) sees these names only, never ./schemas. The portfolio
 * is used as InvestSuite sends it (the list, detail and query language all speak its field
 * paths), so the domain type is the parsed wire shape under a domain name; anything that
 * must be reshaped is reshaped here.
 */
export type Portfolio = WirePortfolio;
/** A portfolio as the list shows it (the fields a row reads: the client's listPortfolioItems). */
export type PortfolioListItem = WirePortfolioListItem;
export type ManagerSettings = WireManagerSettings;
export type BrokerageAccount = WireBrokerageAccount;
export type InvestSuiteUser = WireUser;

export const PORTFOLIO_STATUSES = WIRE_PORTFOLIO_STATUSES;
export const MANAGERS = WIRE_MANAGERS;
export const MONEY_TYPES = WIRE_MONEY_TYPES;

/** Whether a divest amount asks for everything (InvestSuite's 1e100 sentinel). */
export const isFullWithdrawal: (divestAmount: string) => boolean = wireIsFullWithdrawal;

/** The holdings key of a currency's cash ("$EUR"). */
export const cashKey: (currency: string) => string = wireCashKey;

/** Every field path a portfolio query may name, read from the wire schema. */
export const PORTFOLIO_FIELD_PATHS: readonly string[] = [
  ...Object.keys(portfolioSchema.shape),
  "config.manager",
  "config.manager_version",
  ...Object.keys(managerSettingsSchema.shape).map((k) => `config.manager_settings.${k}`),
  ...Object.keys(brokerageAccountSchema.shape).map((k) => `brokerage_account.${k}`),
];
