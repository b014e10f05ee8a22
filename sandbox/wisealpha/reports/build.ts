import { D, money } from "../domain/money";
import type { InvestmentAccount, State } from "../store/types";
import { textPdf } from "./pdf";

/**
 * The four reports of seed 004 "Reporting" and their formats. The seed names each report's
 * content but not its columns; these columns are the measures it lists.
 */
export const REPORT_TYPES = [
  {
    tag: "portfolio_value",
    name: "Portfolio Value",
    formats: ["csv"],
    description:
      "A report showing the Portfolio Value for each of the current investments in the chosen account as well as its characteristic information including Coupon, Next Payment Date, Maturity Date, and Rating.",
  },
  {
    tag: "gain_loss",
    name: "Gain/Loss",
    formats: ["csv"],
    description:
      "A report showing the Portfolio Value, Gain/Loss, Interest Earned and other measures for all of your current and closed investments since the account was opened.",
  },
  {
    tag: "account_statement",
    name: "Account Statement",
    formats: ["csv", "pdf"],
    description: "A statement detailing all the cash movements on your account.",
  },
  {
    tag: "tax_report",
    name: "Tax Report",
    formats: ["pdf"],
    description: "A report with the necessary information for filling out tax forms.",
  },
] as const;

export type ReportTag = (typeof REPORT_TYPES)[number]["tag"];
export const CONTENT_TYPES = { csv: "text/csv", pdf: "application/pdf" } as const;

const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csv = (rows: string[][]) => `${rows.map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;

type Range = { from?: string; to?: string };
const inRange = (created: string, range: Range) =>
  (!range.from || created.slice(0, 10) >= range.from) && (!range.to || created.slice(0, 10) <= range.to);

function portfolioValue(state: State, account: InvestmentAccount) {
  const rows = Object.values(account.holdings)
    .filter((h) => D(h.principal).greaterThan(0))
    .map((h) => {
      const p = state.products[h.product_id]!;
      const rating = p.rating_sandp ?? p.rating_moodys ?? p.rating_fitch ?? "";
      const value = D(h.principal).mul(p.sell_price).div(100);
      const company = state.companies[p.company_id]?.company_name ?? "";
      return [p.product_id, company, p.currency, p.coupon, p.next_interest_payment, p.maturity, rating, money(h.principal), money(value)];
    });
  return csv([
    ["Product", "Company", "Currency", "Coupon", "Next Payment Date", "Maturity Date", "Rating", "Principal", "Portfolio Value"],
    ...rows,
  ]);
}

function gainLoss(state: State, account: InvestmentAccount) {
  const paid = (productId: string) =>
    (account.investment_transactions ?? [])
      .filter((t) => t.product_id === productId && (t.transaction_type === "payment" || t.transaction_type === "repayment"))
      .reduce((sum, t) => sum.add(t.amount), D(0));
  const rows = Object.values(account.holdings).map((h) => {
    const p = state.products[h.product_id]!;
    const value = D(h.principal).mul(p.sell_price).div(100);
    const gain = value.add(h.sale_proceeds).sub(h.cost);
    return [
      p.product_id,
      p.currency,
      D(h.principal).isZero() ? "closed" : "open",
      money(h.principal),
      money(h.cost),
      money(h.sale_proceeds),
      money(value),
      money(gain),
      money(paid(h.product_id)),
    ];
  });
  return csv([
    ["Product", "Currency", "Status", "Principal", "Cost", "Sale Proceeds", "Portfolio Value", "Gain/Loss", "Interest Earned"],
    ...rows,
  ]);
}

function statementRows(account: InvestmentAccount, range: Range) {
  return account.transactions
    .filter((t) => inRange(t.created, range))
    .map((t) => [t.created, t.reference, t.type, t.description, t.currency, t.amount, t.balance]);
}

export function buildReport(
  state: State,
  account: InvestmentAccount,
  tag: ReportTag,
  format: "csv" | "pdf",
  range: Range,
  now: Date,
): Buffer {
  const heading = `${account.id} · ${range.from ?? "opening"} to ${range.to ?? now.toISOString().slice(0, 10)}`;
  if (tag === "portfolio_value") return Buffer.from(portfolioValue(state, account));
  if (tag === "gain_loss") return Buffer.from(gainLoss(state, account));
  if (tag === "account_statement") {
    const header = ["Date", "Reference", "Type", "Description", "Currency", "Amount", "Balance"];
    if (format === "csv") return Buffer.from(csv([header, ...statementRows(account, range)]));
    return textPdf(
      `Account Statement ${heading}`,
      statementRows(account, range).map((r) => r.join("  ")),
    );
  }
  // Tax report: interest received in the period, per investment (UK savings income).
  const payments = (account.investment_transactions ?? []).filter((t) => t.transaction_type === "payment" && inRange(t.created, range));
  const total = payments.reduce((sum, t) => sum.add(t.amount), D(0));
  const lines = [
    ...payments.map((t) => `${t.created.slice(0, 10)}  ${t.product_id}  interest ${t.amount} ${t.currency}`),
    "",
    `Total interest received: ${money(total)}`,
  ];
  return textPdf(`Tax Report ${heading}`, lines);
}
