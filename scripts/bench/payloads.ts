/**
 * Event bodies shaped like the providers' own (see lib/events/envelopes/*.ts), about
 * the size real ones have (~500 bytes), so every path stores the same kind of row.
 */
const WA_TYPES = ["order.created", "order.completed", "order.cancelled", "coupon.paid", "investment.matured", "kyc.approved"];
const IS_EVENTS = [
  ["portfolios", "updated"],
  ["portfolios", "created"],
  ["orders", "executed"],
  ["transactions", "booked"],
  ["assessments", "completed"],
  ["optimizations", "finished"],
] as const;

export function wiseAlphaBody(id: string, i: number): string {
  return JSON.stringify({
    id,
    created: new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString(),
    event_type: WA_TYPES[i % WA_TYPES.length],
    customer_id: 100_000 + (i % 5000),
    data: {
      order_id: `ord_${(i * 7919).toString(36)}_${i}`,
      account_id: `acc_${i % 5000}`,
      amount: { currency: "GBP", value: ((i % 997) * 25.5).toFixed(2) },
      investment: {
        product_id: `WA-BOND-${String(i % 300).padStart(4, "0")}`,
        name: `Bond issuer ${i % 300} plc 6.250% 2031`,
        isin: `XS${String(1_000_000_000 + (i % 300)).padStart(10, "0")}`,
      },
      user_profile: { id: String(100_000 + (i % 5000)), country: "GB" },
      note: "Settlement confirmed by custodian; funds allocated to the client's investment account.",
    },
  });
}

export function investSuiteBody(id: string, i: number): { routingKey: string; body: string } {
  const [subject, action] = IS_EVENTS[i % IS_EVENTS.length]!;
  const portfolio = `pf_${String(i % 20_000).padStart(6, "0")}`;
  const body = JSON.stringify({
    id,
    created: new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString(),
    version: "1.0",
    subject,
    action,
    data: {
      id: subject === "portfolios" ? portfolio : `${subject}_${i}`,
      portfolio_id: portfolio,
      owned_by_user_id: `usr_${String(i % 10_000).padStart(6, "0")}`,
      status: "ACTIVE",
      cash: { currency: "EUR", amount: ((i % 1013) * 12.75).toFixed(2) },
      risk_profile: { score: i % 7, label: "balanced" },
      positions: [
        { isin: "IE00B4L5Y983", quantity: (i % 97) + 1 },
        { isin: "IE00B3F81R35", quantity: (i % 31) + 1 },
      ],
    },
  });
  return { routingKey: `${subject}.${action}`, body };
}
