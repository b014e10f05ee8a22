import { enumOptions } from "@/lib/format/enums";
import type { FilterField } from "@/components/ui/filter-bar";
import { MARKET_WORDS, PRODUCT_STATE_WORDS } from "@/lib/orders/words";
import { MARKET_TYPES, PRODUCT_STATES } from "@/lib/validations/orders";

/** The products list's filter bar; its keys are lib/orders/url-state.ts's. */
export const PRODUCT_FILTER_FIELDS: readonly FilterField[] = [
  { kind: "select", key: "market", label: "Market", options: enumOptions(MARKET_TYPES, MARKET_WORDS) },
  {
    kind: "select",
    key: "state",
    label: "State",
    options: enumOptions(PRODUCT_STATES, PRODUCT_STATE_WORDS),
  },
  { kind: "text", key: "q", label: "Company, ISIN or product id", placeholder: "McLaren, XS15…", type: "search", maxLength: 200 },
  { kind: "select", key: "liquidity", label: "Sell liquidity", options: [{ value: "with", label: "Only with liquidity" }] },
  {
    kind: "select",
    key: "sort",
    label: "Sort",
    any: false,
    options: [
      { value: "company", label: "Company" },
      { value: "buy-price", label: "Buy price, lowest first" },
      { value: "ytm-desc", label: "Yield to maturity, highest first" },
      { value: "coupon-desc", label: "Coupon, highest first" },
      { value: "maturity", label: "Maturity, soonest first" },
      { value: "liquidity-desc", label: "Sell liquidity, most first" },
    ],
  },
];
