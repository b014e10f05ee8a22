import fc from "fast-check";

import {
  COMPARISON_OPERATORS,
  isValidFieldName,
  type FilterNode,
  type OrderByKey,
  type OrderedValue,
  type PatternValue,
  type Query,
  type Value,
} from "./ast";

/** fast-check generators for span-free ASTs and for JSON records, shared by the property tests. */

/** A few fixed names so generated queries hit generated records; the rest exercise the grammar. */
const COMMON_FIELDS = ["a", "b", "c.d", "tags", "in", "to", "eq", "portfolio.$USD", "x-y.0"];
const fieldArbitrary = fc.oneof(
  fc.constantFrom(...COMMON_FIELDS),
  fc.stringMatching(/^[A-Za-z_$][A-Za-z0-9_$-]{0,5}(\.[A-Za-z0-9_$-]{1,4}){0,2}$/).filter(isValidFieldName),
);

/** Text heavy in the characters that quoting and URL encoding must survive. */
const TRICKY = ["'", "\\", "*", "\u2018", "\u2019", '"', " ", "+", "%", "%2B", "\n", "\t", "[", "]", "(", ")", ",", "and", "é", "😀"];
const textArbitrary = fc
  .array(fc.oneof(fc.string({ unit: "binary", maxLength: 3 }), fc.constantFrom(...TRICKY)), { maxLength: 5 })
  .map((parts) => parts.join(""));

const numberText = fc.stringMatching(/^-?\d{1,5}(\.\d{1,4})?([eE][+-]?\d{1,3})?$/);
const dateText = fc.constantFrom("20200101", "2021-06-07", "2021-06-07T14:26:21.231855+00:00", "2021-06-07T14:26:21Z");

const stringValue = fc.oneof(textArbitrary, dateText).map((value) => ({ kind: "string", value }) as const);
const numberValue = numberText.map((value) => ({ kind: "number", value }) as const);
const patternValue = fc
  .array(textArbitrary, { minLength: 2, maxLength: 4 })
  .map((segments) => ({ kind: "pattern", segments }) as PatternValue);
const orderedValue: fc.Arbitrary<OrderedValue> = fc.oneof(stringValue, numberValue);
const valueArbitrary: fc.Arbitrary<Value> = fc.oneof(
  stringValue,
  numberValue,
  patternValue,
  fc.boolean().map((value) => ({ kind: "boolean", value }) as const),
  fc.constant({ kind: "null" } as const),
);

const comparison: fc.Arbitrary<FilterNode> = fc.oneof(
  fc.record({
    type: fc.constant("comparison" as const),
    field: fieldArbitrary,
    operator: fc.constantFrom("eq" as const, "neq" as const),
    value: valueArbitrary,
  }),
  fc.record({
    type: fc.constant("comparison" as const),
    field: fieldArbitrary,
    operator: fc.constantFrom(...COMPARISON_OPERATORS.filter((op) => op !== "eq" && op !== "neq")),
    value: orderedValue,
  }),
  fc.record({
    type: fc.constant("in" as const),
    field: fieldArbitrary,
    values: fc.array(valueArbitrary, { minLength: 1, maxLength: 4 }) as fc.Arbitrary<[Value, ...Value[]]>,
  }),
  fc.record({ type: fc.constant("range" as const), field: fieldArbitrary, from: orderedValue, to: orderedValue }),
);

const filterArbitrary: fc.Arbitrary<FilterNode> = fc.letrec<{ node: FilterNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    comparison,
    fc.record({
      type: fc.constantFrom("and" as const, "or" as const),
      children: fc.array(tie("node"), { minLength: 2, maxLength: 3 }) as fc.Arbitrary<[FilterNode, FilterNode]>,
    }),
  ),
})).node;

const orderByKey: fc.Arbitrary<OrderByKey> = fc.record({
  field: fieldArbitrary.filter((f) => !/^(asc|desc)$/i.test(f)),
  direction: fc.constantFrom("asc" as const, "desc" as const),
});

export const queryArbitrary: fc.Arbitrary<Query> = fc.record({
  filter: fc.option(filterArbitrary, { nil: null }),
  orderBy: fc.array(orderByKey, { maxLength: 3 }),
});

const scalar = fc.oneof(
  textArbitrary,
  dateText,
  numberText,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

/** Records with the common field names, so evaluation has something to compare. */
export const recordArbitrary = fc.record(
  {
    a: scalar,
    b: scalar,
    c: fc.record({ d: scalar }, { requiredKeys: [] }),
    tags: fc.array(scalar, { maxLength: 3 }),
    in: scalar,
    to: scalar,
    eq: scalar,
  },
  { requiredKeys: [] },
);
