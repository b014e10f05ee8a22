/** WiseAlpha's market words (seed 004, "Market product") as staff read them; the raw value stays in a hover. */

export const MARKET_WORDS: Record<string, string> = {
  main_market: "Main market",
  high_yield: "High yield",
  perpetuals: "Perpetuals",
  special_situations: "Special situations",
};

export const PRODUCT_STATE_WORDS: Record<string, string> = {
  open: "Open",
  closed: "Closed",
  suspended: "Suspended",
  repaid: "Repaid",
  defaulted: "Defaulted",
  exchanged: "Exchanged",
};
