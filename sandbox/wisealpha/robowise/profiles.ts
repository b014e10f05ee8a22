import Decimal from "decimal.js";

import { D } from "../domain/money";
import type { Product, State } from "../store/types";

/**
 * Robowise risk profiles and candidate bonds (seed 004 "Robowise"). The three profiles and
 * their weightings are the seed's configuration-data example. Risk categories follow the
 * seed's descriptions: Main Market bonds are medium risk, high yield and perpetuals high;
 * special situations are never candidates.
 */
export type RiskCategory = "medium" | "high" | "not candidate" | "hold";

export const RISK_PROFILES = [
  {
    reference: "RWRP00000002",
    label: "Balanced",
    weightings: { high: 0, medium: 1 },
    description:
      "100% weighting to investments on the Main Market (Senior Secured and Senior Unsecured) with no high yield market exposure.",
    legacy: false,
  },
  {
    reference: "RWRP00000003",
    label: "Adventurous",
    weightings: { high: 0.5, medium: 0.5 },
    description:
      "The portfolio has a 50% target weighting to investments on the main market (Senior secured and Senior Unsecured bonds) and a 50% weighting to investments on the high yield market (subordinated bonds and Perpetuals. As well as a potentially higher return there is greater risk in this portfolio versus the Balanced portfolio.",
    legacy: false,
  },
  {
    reference: "RWRP00000004",
    label: "Adventurous2",
    weightings: { high: 0.5, medium: 0.5 },
    description:
      "The portfolio has a 50% target weighting to investments on the main market (Senior secured and Senior Unsecured bonds) and a 50% weighting to investments on the high yield market. As well as a potentially higher return there is greater risk in this portfolio versus the Balanced portfolio.",
    legacy: false,
  },
] as const;

export type RiskProfile = (typeof RISK_PROFILES)[number];
export type Modifiers = { excluded_industries: string[]; excluded_companies: string[] };

export const findRiskProfile = (id: unknown) => RISK_PROFILES.find((p) => p.reference === id);

export function riskCategory(product: Product): RiskCategory {
  if (product.state !== "open") return "not candidate";
  if (product.market_type === "main_market") return "medium";
  if (product.market_type === "high_yield" || product.market_type === "perpetuals") return "high";
  return "not candidate";
}

/** Robowise runs on GBP only (seed: "Currently robowise is only supported for GBP investment accounts"). */
export function candidateProducts(state: State, currency: string, modifiers: Modifiers) {
  return Object.values(state.products).filter((p) => {
    if (p.currency !== currency || riskCategory(p) === "not candidate") return false;
    const company = state.companies[p.company_id];
    if (modifiers.excluded_companies.includes(p.company_id)) return false;
    return !(company && modifiers.excluded_industries.includes(company.industry.key));
  });
}

/** Each category's weighting is split evenly over its candidates; the weighted yield is their yield-weighted mean. */
export function profileAttributes(state: State, currency: string, profile: RiskProfile, modifiers: Modifiers) {
  const candidates = candidateProducts(state, currency, modifiers);
  const byCategory = (category: "medium" | "high") => candidates.filter((p) => riskCategory(p) === category);
  const bonds = (["medium", "high"] as const).flatMap((category) => {
    const group = byCategory(category);
    const weight = group.length ? D(profile.weightings[category]).div(group.length) : D(0);
    return weight.isZero()
      ? []
      : group.map((p) => ({
          product_id: p.product_id,
          company_id: p.company_id,
          risk_category: category,
          coupon: D(p.coupon).toFixed(4),
          weight: weight.toDecimalPlaces(8, Decimal.ROUND_HALF_UP).toFixed(8),
          yield: D(p.current_yield).toFixed(4),
        }));
  });
  const totalWeight = bonds.reduce((sum, b) => sum.add(b.weight), D(0));
  const weighted = totalWeight.isZero()
    ? D(0)
    : bonds
        .reduce((sum, b) => sum.add(D(b.weight).mul(b.yield)), D(0))
        .div(totalWeight)
        .toDecimalPlaces(2);
  const issues = [
    ...(bonds.length === 0 ? ["No bonds are available with these exclusions."] : []),
    ...(["medium", "high"] as const)
      .filter((c) => profile.weightings[c] > 0 && byCategory(c).length === 0)
      .map((c) => `No ${c} risk bonds are available with these exclusions.`),
  ];
  return { candidate_bonds: bonds, bond_count: bonds.length, calculated_yield: weighted.toFixed(2), issues };
}

export function riskProfileJson(state: State, currency: string, profile: RiskProfile) {
  const attributes = profileAttributes(state, currency, profile, { excluded_companies: [], excluded_industries: [] });
  return {
    reference: profile.reference,
    label: profile.label,
    projected_return: attributes.calculated_yield,
    weightings: profile.weightings,
    attributes: {
      candidate_loans: attributes.candidate_bonds,
      calculated_yield: attributes.calculated_yield,
      bond_count: attributes.bond_count,
    },
    description: profile.description,
    legacy: profile.legacy,
  };
}
