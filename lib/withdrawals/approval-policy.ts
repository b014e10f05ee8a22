import Decimal from "decimal.js";

/**
 * How many distinct admins must approve. Above a configured amount per currency
 * (e.g. `EUR:100000,USD:100000`), two; a full withdrawal's amount is unknown until
 * executed, so with any threshold configured it needs two as well.
 */
export function requiredApprovals(policy: string | undefined, currency: string, amount: string | null, isFull: boolean): number {
  const thresholds = parsePolicy(policy);
  if (thresholds.size === 0) return 1;
  if (isFull) return 2;
  const threshold = thresholds.get(currency.toUpperCase());
  return threshold && amount !== null && new Decimal(amount).greaterThan(threshold) ? 2 : 1;
}

export function parsePolicy(policy: string | undefined): Map<string, Decimal> {
  const map = new Map<string, Decimal>();
  for (const part of (policy ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([A-Za-z]{3}):(\d+(\.\d+)?)$/.exec(part);
    if (!match) throw new Error(`WITHDRAWAL_DUAL_APPROVAL_ABOVE: "${part}" is not CCY:amount (e.g. EUR:100000).`);
    map.set(match[1]!.toUpperCase(), new Decimal(match[2]!));
  }
  return map;
}
