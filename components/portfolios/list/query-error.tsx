export type QueryErrorInfo = { message: string; position: number; input: string };

/**
 * The query with a caret under the character the parser stopped at, so the user sees
 * where, not only what. Positions index the decoded text the parser read (`input`).
 */
export function QueryError({ error }: { error: QueryErrorInfo }) {
  const position = Math.min(Math.max(error.position, 0), error.input.length);
  return (
    <div
      role="alert"
      data-testid="query-error"
      data-position={position}
      className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800"
    >
      <p>{error.message}</p>
      <pre className="mt-2 overflow-x-auto font-mono text-xs leading-5 text-slate-900">
        {error.input.replaceAll("\n", " ")}
        {"\n"}
        <span data-testid="query-error-caret">{" ".repeat(position)}^</span>
      </pre>
    </div>
  );
}
