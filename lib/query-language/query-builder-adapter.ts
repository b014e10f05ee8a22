import type { RuleGroupType, RuleType } from "react-querybuilder";

import { NUMBER_PATTERN, type FilterNode, type PatternValue, type Value } from "./ast";
import type { BuilderOperator, FieldType } from "@/lib/portfolios/portfolio-fields";

/**
 * AST ⇄ react-querybuilder's RuleGroupType. The builder is a second editor of the same
 * query, so a query that goes AST → rules → AST must come back equal (apart from spans).
 *
 * Rule values are always text (or lists/pairs of text), because that is what the
 * builder's inputs edit. The field's type turns the text back into a typed value: on a
 * number field `600` is a number, on a string field it is the string `'600'`. Fields
 * the builder does not know (e.g. `age` in the seed docs) are inferred the way the
 * parser reads unquoted words, so `'1'` on an unknown field comes back as the number 1:
 * such queries stay exact in text mode, which is why text mode is always available.
 *
 * Operators: eq/neq/lt/le/gt/ge as in the language; `null`/`notNull` are `eq null` /
 * `neq null`; `in` and `between` (list and inclusive range); wildcard patterns become
 * contains/beginsWith/endsWith for the common shapes and `matches`/`notMatches` with a
 * `*`-pattern text (literal `*` written `\*`) for the rest.
 */

export type FieldTypeOf = (field: string) => FieldType | undefined;

/** Thrown for a query the builder cannot show; the UI then offers text mode only. */
export class BuilderUnsupportedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BuilderUnsupportedError";
  }
}

type Rule = RuleType<string, BuilderOperator | string, unknown>;

export function filterToRuleGroup(node: FilterNode | null): RuleGroupType {
  if (node === null) return { combinator: "and", rules: [] };
  if (node.type === "and" || node.type === "or") return toGroup(node);
  return { combinator: "and", rules: [toRule(node)] };
}

function toGroup(node: Extract<FilterNode, { type: "and" | "or" }>): RuleGroupType {
  return {
    combinator: node.type,
    rules: node.children.map((c) => (c.type === "and" || c.type === "or" ? toGroup(c) : toRule(c))),
  };
}

function toRule(node: Exclude<FilterNode, { type: "and" | "or" }>): Rule {
  const { field } = node;
  if (node.type === "in") return { field, operator: "in", value: node.values.map((v) => plainText(v, field)) };
  if (node.type === "range") return { field, operator: "between", value: [node.from.value, node.to.value] };
  const { operator, value } = node;
  if (value.kind === "null") {
    if (operator === "eq") return { field, operator: "null", value: "" };
    if (operator === "neq") return { field, operator: "notNull", value: "" };
    throw new BuilderUnsupportedError(`${field} ${operator} null cannot be shown in the builder.`);
  }
  if (value.kind === "pattern") {
    if (operator === "neq") return { field, operator: "notMatches", value: patternText(value) };
    if (operator !== "eq") throw new BuilderUnsupportedError(`${field} ${operator} with a wildcard cannot be shown in the builder.`);
    const s = value.segments;
    if (s.length === 3 && s[0] === "" && s[2] === "" && s[1] !== "") return { field, operator: "contains", value: s[1] };
    if (s.length === 2 && s[1] === "" && s[0] !== "") return { field, operator: "beginsWith", value: s[0] };
    if (s.length === 2 && s[0] === "" && s[1] !== "") return { field, operator: "endsWith", value: s[1] };
    return { field, operator: "matches", value: patternText(value) };
  }
  return { field, operator, value: plainText(value, field) };
}

function plainText(value: Value, field: string): string {
  if (value.kind === "string" || value.kind === "number") return value.value;
  if (value.kind === "boolean") return String(value.value);
  throw new BuilderUnsupportedError(
    `A ${value.kind === "null" ? "null" : "wildcard"} inside a list on ${field} cannot be shown in the builder.`,
  );
}

/** `*` is a wildcard, `\*` and `\\` are a literal star and backslash (the language's own escapes). */
function patternText(value: PatternValue): string {
  return value.segments.map((s) => s.replaceAll("\\", "\\\\").replaceAll("*", "\\*")).join("*");
}

function parsePatternText(text: string): Value {
  const segments: string[] = [""];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const last = segments.length - 1;
    if (c === "\\" && i + 1 < text.length) segments[last] = segments[last]! + text[++i]!;
    else if (c === "*") segments.push("");
    else segments[last] = segments[last]! + c;
  }
  if (segments.length === 1) return { kind: "string", value: segments[0]! };
  return { kind: "pattern", segments: segments as [string, string, ...string[]] };
}

/** Text from an input → typed value, by the field's type (see the header comment). */
export function typedValue(text: string, type: FieldType | undefined): Value {
  if (type === "number" || type === undefined) {
    if (NUMBER_PATTERN.test(text)) return { kind: "number", value: text };
  }
  if (type === "boolean" || type === undefined) {
    if (text === "true" || text === "false") return { kind: "boolean", value: text === "true" };
  }
  return { kind: "string", value: text };
}

const isGroup = (r: unknown): r is RuleGroupType => typeof r === "object" && r !== null && "rules" in r;

/** Empty groups drop out; a group of one is its child, as the text would say it. */
export function ruleGroupToFilter(group: RuleGroupType, typeOf: FieldTypeOf): FilterNode | null {
  const children = group.rules
    .filter((r): r is Rule | RuleGroupType => typeof r !== "string")
    .map((r) => (isGroup(r) ? ruleGroupToFilter(r, typeOf) : ruleToNode(r as Rule, typeOf)))
    .filter((n): n is FilterNode => n !== null);
  if (children.length === 0) return null;
  if (children.length === 1) return children[0]!;
  const type = group.combinator === "or" ? "or" : "and";
  return { type, children: children as [FilterNode, FilterNode, ...FilterNode[]] };
}

const textOf = (v: unknown) => (v === null || v === undefined ? "" : String(v));
const listOf = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.map(textOf)
    : textOf(v)
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "");

function ordered(text: string, type: FieldType | undefined) {
  const v = typedValue(text, type);
  return v.kind === "number" ? v : { kind: "string" as const, value: text };
}

function ruleToNode(rule: Rule, typeOf: FieldTypeOf): FilterNode {
  const { field } = rule;
  const type = typeOf(field);
  const text = textOf(rule.value);
  const pattern = (segments: [string, string, ...string[]]): FilterNode => ({
    type: "comparison",
    field,
    operator: "eq",
    value: { kind: "pattern", segments },
  });
  switch (rule.operator) {
    case "null":
      return { type: "comparison", field, operator: "eq", value: { kind: "null" } };
    case "notNull":
      return { type: "comparison", field, operator: "neq", value: { kind: "null" } };
    case "contains":
      return pattern(["", text, ""]);
    case "beginsWith":
      return pattern([text, ""]);
    case "endsWith":
      return pattern(["", text]);
    case "matches":
      return { type: "comparison", field, operator: "eq", value: parsePatternText(text) };
    case "notMatches":
      return { type: "comparison", field, operator: "neq", value: parsePatternText(text) };
    case "in": {
      const items = listOf(rule.value).map((t) => typedValue(t, type));
      if (items.length === 0) throw new BuilderUnsupportedError(`${field}: give at least one value.`);
      return { type: "in", field, values: items as [Value, ...Value[]] };
    }
    case "between": {
      const [from = "", to = ""] = listOf(rule.value);
      return { type: "range", field, from: ordered(from, type), to: ordered(to, type) };
    }
    case "eq":
    case "neq":
    case "lt":
    case "le":
    case "gt":
    case "ge":
      return { type: "comparison", field, operator: rule.operator, value: typedValue(text, type) };
    default:
      throw new BuilderUnsupportedError(`Unknown operator ${rule.operator}.`);
  }
}
