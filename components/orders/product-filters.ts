import { enumOptions } from "@/lib/format/enums";
import type { FilterField } from "@/components/ui/filter-bar";
import { choices, selectFilter, sortFilter, textFilter } from "@/components/ui/filter-field-builders";
import { MARKET_WORDS, PRODUCT_STATE_WORDS } from "@/lib/orders/words";
import { MARKET_TYPES, PRODUCT_STATES } from "@/lib/validations/orders";

/** The products list's filter bar; its keys are lib/orders/url-state.ts's. */
export const PRODUCT_FILTER_FIELDS: readonly FilterField[] = [
  selectFilter("market", "Market", enumOptions(MARKET_TYPES, MARKET_WORDS)),
  selectFilter("state", "State", enumOptions(PRODUCT_STATES, PRODUCT_STATE_WORDS)),
  textFilter("q", "Company, ISIN or product id", { placeholder: "McLaren, XS15…", type: "search", maxLength: 200 }),
  selectFilter("liquidity", "Sell liquidity", choices({ with: "Only with liquidity" })),
  sortFilter({
    company: "Company",
    "buy-price": "Buy price, lowest first",
    "ytm-desc": "Yield to maturity, highest first",
    "coupon-desc": "Coupon, highest first",
    maturity: "Maturity, soonest first",
    "liquidity-desc": "Sell liquidity, most first",
  }),
];
