import { createLoader, parseAsString } from "nuqs/server";

/**
 * The products list's URL (nuqs): read as text here and checked by productFilterSchema, so a
 * bad value is reported and ignored rather than silently dropped.
 */
export const productListParsers = {
  market: parseAsString,
  state: parseAsString,
  q: parseAsString,
  liquidity: parseAsString,
  sort: parseAsString,
};

export const loadProductList = createLoader(productListParsers);

/** The customer lookup form's target (`/orders/customers?id=`). */
export const loadCustomerLookup = createLoader({ id: parseAsString });
