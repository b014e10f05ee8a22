type DataAttributes = { [key: `data-${string}`]: string };

/** One item's result in a bulk action: done, or why not. */
export type Outcome = { id: string; ok: boolean; message: string; attributes?: DataAttributes };

/** What a bulk action did: its own error, or a line per item (green when done, red with the reason when not). */
export function OutcomeList({ error, outcomes, testId }: { error: string | null; outcomes: Outcome[] | null; testId: string }) {
  return (
    <>
      {error && (
        <p role="alert" className="mb-2 text-sm text-red-800">
          {error}
        </p>
      )}
      {outcomes && (
        <ul className="mb-2 space-y-0.5 text-xs" data-testid={testId} aria-live="polite">
          {outcomes.map((o) => (
            <li key={o.id} className={o.ok ? "text-emerald-800" : "text-red-800"} {...o.attributes}>
              <span className="font-mono">{o.id}</span>: {o.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
