import type { Field, ValueEditorType } from "react-querybuilder";

import { OPERATOR_LABELS, OPERATORS_BY_TYPE, PORTFOLIO_FIELDS, type PortfolioField } from "@/lib/portfolios/portfolio-fields";

/** Operators that take no value: the builder hides the value editor for them. */
const UNARY = new Set(["null", "notNull"]);

function editorType(field: PortfolioField, operator: string): ValueEditorType {
  if (field.type === "boolean") return "select";
  if (field.type === "enum") return operator === "in" ? "multiselect" : "select";
  return "text";
}

/** react-querybuilder's field list, from our field definitions. */
export const BUILDER_FIELDS: Field[] = PORTFOLIO_FIELDS.map((f) => ({
  name: f.name,
  value: f.name,
  label: f.label,
  operators: OPERATORS_BY_TYPE[f.type].map((op) => ({
    name: op,
    value: op,
    label: OPERATOR_LABELS[op],
    ...(UNARY.has(op) && { arity: "unary" as const }),
  })),
  valueEditorType: (operator: string) => editorType(f, operator),
  values:
    f.type === "boolean"
      ? [
          { name: "true", value: "true", label: "true" },
          { name: "false", value: "false", label: "false" },
        ]
      : f.values?.map((v) => ({ name: v, value: v, label: v })),
  placeholder: f.type === "datetime" ? "2024-01-31" : f.type === "number" ? "600.00" : undefined,
  defaultOperator: OPERATORS_BY_TYPE[f.type][0],
}));
