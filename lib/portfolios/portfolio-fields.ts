import { MANAGERS, MONEY_TYPES, PORTFOLIO_STATUSES } from "@/lib/providers/investsuite/transform";

/**
 * The portfolio fields the query builder offers, with the value type that decides
 * which operators and which editor it gets. Names are InvestSuite's dotted paths, so
 * a builder rule's field is exactly what goes into `query=`.
 */
export type FieldType = "string" | "id" | "enum" | "number" | "boolean" | "datetime";

export type PortfolioField = {
  name: string;
  label: string;
  type: FieldType;
  /** Enum values, as the provider spells them. */
  values?: readonly string[];
  /** Whether `orderby` makes sense for it (the sort builder lists only these). */
  sortable?: boolean;
};

/** Operators of the builder; see query-builder-adapter.ts for how each maps to the AST. */
export type BuilderOperator =
  | "eq"
  | "neq"
  | "lt"
  | "le"
  | "gt"
  | "ge"
  | "in"
  | "between"
  | "null"
  | "notNull"
  | "beginsWith"
  | "endsWith"
  | "contains"
  | "matches"
  | "notMatches";

export const OPERATOR_LABELS: Record<BuilderOperator, string> = {
  eq: "equals",
  neq: "not equal",
  lt: "<",
  le: "≤",
  gt: ">",
  ge: "≥",
  in: "is one of",
  between: "between (inclusive)",
  null: "is empty",
  notNull: "is not empty",
  beginsWith: "begins with",
  endsWith: "ends with",
  contains: "contains",
  matches: "matches pattern (*)",
  notMatches: "does not match pattern (*)",
};

export const OPERATORS_BY_TYPE: Record<FieldType, readonly BuilderOperator[]> = {
  // Wildcards are case-insensitive and only apply to strings (query-language README).
  string: [
    "eq",
    "neq",
    "contains",
    "beginsWith",
    "endsWith",
    "matches",
    "notMatches",
    "in",
    "null",
    "notNull",
    "lt",
    "le",
    "gt",
    "ge",
    "between",
  ],
  id: ["eq", "neq", "in", "null", "notNull"],
  enum: ["eq", "neq", "in", "null", "notNull"],
  number: ["eq", "neq", "lt", "le", "gt", "ge", "between", "in", "null", "notNull"],
  boolean: ["eq", "neq", "null", "notNull"],
  datetime: ["ge", "le", "gt", "lt", "between", "eq", "null", "notNull"],
};

export const PORTFOLIO_FIELDS: readonly PortfolioField[] = [
  { name: "name", label: "Name", type: "string", sortable: true },
  { name: "external_id", label: "External id", type: "string", sortable: true },
  { name: "id", label: "Portfolio id", type: "id", sortable: true },
  { name: "owned_by_user_id", label: "Owner (user id)", type: "id", sortable: true },
  { name: "base_currency", label: "Base currency", type: "enum", values: ["EUR", "USD", "GBP", "CHF"], sortable: true },
  { name: "money_type", label: "Money type", type: "enum", values: MONEY_TYPES, sortable: true },
  { name: "status", label: "Status", type: "enum", values: PORTFOLIO_STATUSES, sortable: true },
  { name: "config.manager", label: "Manager", type: "enum", values: MANAGERS, sortable: true },
  { name: "config.manager_settings.active", label: "Active (manager setting)", type: "boolean" },
  { name: "config.manager_settings.divest_amount", label: "Divest amount", type: "number", sortable: true },
  { name: "config.manager_settings.policy_id", label: "Policy id", type: "id" },
  { name: "config.manager_settings.risk_profile_id", label: "Risk profile id", type: "id" },
  { name: "funded_since", label: "Funded since", type: "datetime", sortable: true },
  { name: "creation_datetime", label: "Created", type: "datetime", sortable: true },
  { name: "version_datetime", label: "Last changed", type: "datetime", sortable: true },
  { name: "archived", label: "Archived", type: "boolean" },
  { name: "deleted", label: "Deleted", type: "boolean" },
];

const BY_NAME = new Map(PORTFOLIO_FIELDS.map((f) => [f.name, f]));

export function portfolioField(name: string): PortfolioField | undefined {
  return BY_NAME.get(name);
}

export const SORTABLE_FIELDS = PORTFOLIO_FIELDS.filter((f) => f.sortable);

const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** Compact (`20200101`) or ISO-8601 date/time, as the query language compares them. */
const DATE = /^(\d{8}|\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The message to show next to one value, or null when it is fine. Kept beside the
 * field definitions so the builder and the tests judge values the same way.
 */
export function validateValue(field: PortfolioField | undefined, value: string): string | null {
  const text = value.trim();
  if (text === "") return "Enter a value.";
  if (!field) return null;
  switch (field.type) {
    case "number":
      return NUMBER.test(text) ? null : "Enter a number such as 600 or 12.50.";
    case "datetime":
      return DATE.test(text) ? null : "Enter a date: 2024-01-31, 20240131 or 2024-01-31T09:00:00Z.";
    case "enum":
      return field.values?.includes(text) ? null : `Choose one of ${field.values?.join(", ")}.`;
    case "boolean":
      return text === "true" || text === "false" ? null : "Choose true or false.";
    case "id":
      return /^[A-Z][0-9A-HJKMNP-TV-Z]{26}$/.test(text) || text.includes("*") ? null : "An id is a letter and 26 characters, e.g. P01H…";
    default:
      return null;
  }
}
