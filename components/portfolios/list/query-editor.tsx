"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { RuleGroupType } from "react-querybuilder";

import { Button } from "@/components/ui/button";
import { portfolioField } from "@/lib/portfolios/portfolio-fields";
import { parsePortfolioQuery } from "@/lib/portfolios/portfolio-query";
import type { OrderByKey } from "@/lib/query-language/ast";
import { QuerySyntaxError } from "@/lib/query-language/parse";
import { BuilderUnsupportedError, filterToRuleGroup, ruleGroupToFilter } from "@/lib/query-language/query-builder-adapter";
import { serializeFilter } from "@/lib/query-language/serialize";
import { toSearchParams, type PortfolioListState } from "@/lib/validations/portfolios";

import { hasInvalidRule, QueryBuilderPanel } from "./query-builder-panel";
import { QueryError, type QueryErrorInfo } from "./query-error";
import { SortBuilder } from "./sort-builder";

const typeOf = (field: string) => portfolioField(field)?.type;

type Parsed = { error: QueryErrorInfo | null; group: RuleGroupType | null; unsupported: string | null };

/** Reads the text; a valid query also yields the builder's view of it (or why there is none). */
function readText(text: string): Parsed {
  try {
    const { filter } = parsePortfolioQuery(text);
    try {
      return { error: null, group: filterToRuleGroup(filter), unsupported: null };
    } catch (error) {
      if (error instanceof BuilderUnsupportedError) return { error: null, group: null, unsupported: error.message };
      throw error;
    }
  } catch (error) {
    if (error instanceof QuerySyntaxError)
      return { error: { message: error.message, position: error.position, input: error.input }, group: null, unsupported: null };
    throw error;
  }
}

/**
 * One query, two editors. The builder writes canonical text on every change; valid text
 * replaces the builder's rules; invalid text keeps the builder as it was and shows the
 * error under the text. Nothing is searched until Apply, and Apply refuses invalid text,
 * so an invalid query never leaves the browser.
 */
export function QueryEditor({ state, serverError }: { state: PortfolioListState; serverError: QueryErrorInfo | null }) {
  const router = useRouter();
  const initial = readText(state.q);
  const [mode, setMode] = useState<"builder" | "text">(initial.group && !serverError ? "builder" : "text");
  const [text, setText] = useState(state.q);
  const [group, setGroup] = useState<RuleGroupType>(initial.group ?? { combinator: "and", rules: [] });
  const [parsed, setParsed] = useState<Parsed>(initial);
  const [sort, setSort] = useState<OrderByKey[]>(state.sort.length ? state.sort : (safeOrderBy(state.q) ?? []));
  const [showError, setShowError] = useState(serverError !== null);

  function onBuilderChange(next: RuleGroupType) {
    setGroup(next);
    const nextText = filterText(next);
    setText(nextText);
    setParsed({ ...readText(nextText), group: next });
  }

  function onTextChange(next: string) {
    setText(next);
    // Errors show while typing, so the caret moves with the text before anything is sent.
    setShowError(true);
    const result = readText(next);
    setParsed(result);
    if (result.group) setGroup(result.group);
    // An `orderby` typed into the text moves to the sort builder, which owns the order.
    const orderBy = result.error ? null : safeOrderBy(next);
    if (orderBy?.length) setSort(orderBy);
  }

  function apply() {
    const result = readText(text);
    setParsed(result);
    if (result.error || (mode === "builder" && hasInvalidRule(group))) {
      setShowError(true);
      if (result.error) setMode("text");
      return;
    }
    // The URL keeps the filter in canonical text and the order in `sort`, so one view has one URL.
    const { filter } = parsePortfolioQuery(text);
    router.push(`/portfolios?${toSearchParams({ ...state, q: filter ? serializeFilter(filter) : "", sort, page: 1 }).toString()}`);
  }

  const error = showError ? (parsed.error ?? serverError) : null;
  const tab = (m: "builder" | "text", label: string, disabled?: boolean) => (
    <button
      type="button"
      role="tab"
      aria-selected={mode === m}
      disabled={disabled}
      onClick={() => setMode(m)}
      className={`rounded-t-md px-3 py-1.5 text-sm ${mode === m ? "border border-b-0 border-slate-200 bg-white font-medium" : "text-slate-600 hover:text-slate-900 disabled:text-slate-300"}`}
    >
      {label}
    </button>
  );

  return (
    <section aria-label="Query" className="mb-4">
      <div role="tablist" className="flex gap-1">
        {tab("builder", "Builder", parsed.group === null && parsed.unsupported !== null)}
        {tab("text", "Text")}
      </div>
      <div className="flex flex-col gap-3 rounded-tr-lg rounded-b-lg border border-slate-200 bg-white p-3">
        {mode === "builder" ? (
          <QueryBuilderPanel query={group} onChange={onBuilderChange} />
        ) : (
          <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
            Query (InvestSuite query language)
            <textarea
              aria-label="Query text"
              data-testid="query-text"
              value={text}
              onChange={(e) => onTextChange(e.target.value)}
              onKeyDown={(e) => e.key === "Enter" && (e.metaKey || e.ctrlKey) && apply()}
              rows={2}
              spellCheck={false}
              placeholder="base_currency eq 'USD' and money_type eq 'REAL_MONEY'"
              className="rounded-md border border-slate-300 p-2 font-mono text-sm font-normal"
            />
          </label>
        )}
        {parsed.unsupported && mode === "text" && (
          <p className="text-xs text-slate-600">The builder cannot show this query ({parsed.unsupported}); edit it as text.</p>
        )}
        {error && <QueryError error={error} />}
        <SortBuilder value={sort} onChange={setSort} />
        <div className="flex items-center gap-2">
          <Button onClick={apply}>Apply</Button>
          <code className="truncate text-xs text-slate-500" data-testid="query-preview">
            {text || "(all portfolios)"}
          </code>
        </div>
      </div>
    </section>
  );
}

function safeOrderBy(text: string): OrderByKey[] | null {
  try {
    return parsePortfolioQuery(text).orderBy;
  } catch {
    return null;
  }
}

/** The builder's rules as text; half-built rules that cannot be text yet give what can. */
function filterText(group: RuleGroupType): string {
  try {
    const filter = ruleGroupToFilter(group, typeOf);
    return filter ? serializeFilter(filter) : "";
  } catch {
    return "";
  }
}
