"use client";

import "react-querybuilder/dist/query-builder.css";

import { QueryBuilder, ValueEditor, type RuleGroupType, type ValueEditorProps } from "react-querybuilder";

import { portfolioField, validateValue } from "@/lib/portfolios/portfolio-fields";

import { BUILDER_FIELDS } from "./builder-fields";

/** Messages for one rule's value; lists and ranges are judged item by item. */
function valueMessage(field: string, operator: string, value: unknown): string | null {
  if (operator === "null" || operator === "notNull") return null;
  const definition = portfolioField(field);
  const items = Array.isArray(value)
    ? value.map(String)
    : operator === "in" || operator === "between"
      ? String(value ?? "").split(",")
      : [String(value ?? "")];
  if (operator === "between" && items.length < 2) return "Enter both ends of the range.";
  if (items.length === 0) return "Choose at least one value.";
  for (const item of items) {
    // Wildcard operators compare text, so the field's own format does not apply to them.
    const message = ["contains", "beginsWith", "endsWith", "matches", "notMatches"].includes(operator)
      ? item.trim()
        ? null
        : "Enter some text."
      : validateValue(definition, item);
    if (message) return message;
  }
  return null;
}

/** The stock editor plus the reason the value is not acceptable, right beside it. */
function ValueEditorWithMessage(props: ValueEditorProps) {
  const message = valueMessage(props.field, props.operator, props.value);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <ValueEditor {...props} />
      {message && (
        <span role="alert" className="text-xs text-red-700" data-testid="rule-value-error">
          {message}
        </span>
      )}
    </span>
  );
}

export function hasInvalidRule(group: RuleGroupType): boolean {
  return group.rules.some((r) =>
    typeof r === "string" ? false : "rules" in r ? hasInvalidRule(r) : valueMessage(r.field, r.operator, r.value) !== null,
  );
}

export function QueryBuilderPanel({ query, onChange }: { query: RuleGroupType; onChange: (q: RuleGroupType) => void }) {
  return (
    <div className="portfolio-query-builder text-sm" data-testid="query-builder">
      <QueryBuilder
        fields={BUILDER_FIELDS}
        query={query}
        onQueryChange={onChange}
        combinators={[
          { name: "and", value: "and", label: "and" },
          { name: "or", value: "or", label: "or" },
        ]}
        listsAsArrays
        resetOnFieldChange
        controlElements={{ valueEditor: ValueEditorWithMessage }}
        translations={{
          addRule: { label: "+ Condition", title: "Add a condition" },
          addGroup: { label: "+ Group", title: "Add a group of conditions" },
        }}
      />
    </div>
  );
}
