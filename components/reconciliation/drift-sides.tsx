import { enumWords } from "@/lib/format/enums";

type Side = unknown;

/** Both sides of a difference next to each other, field by field; a field present on one side only shows "—" on the other. */
export function DriftSides({ ours, theirs, provider }: { ours: Side; theirs: Side; provider: string }) {
  const a = asRecord(ours);
  const b = asRecord(theirs);
  const keys = [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])];
  const providerName = provider === "EVENTS" ? "The provider" : enumWords(provider);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <SidePanel title="Our records" testId="drift-ours" values={a} keys={keys} missing="We hold nothing for this object." />
      <SidePanel
        title={`${providerName} says`}
        testId="drift-theirs"
        values={b}
        keys={keys}
        missing="The provider has nothing for this object."
      />
    </div>
  );
}

function SidePanel(props: { title: string; testId: string; values: Record<string, unknown> | null; keys: string[]; missing: string }) {
  return (
    <section aria-label={props.title} data-testid={props.testId} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="mb-2 text-base font-semibold">{props.title}</h2>
      {props.values === null ? (
        <p className="text-sm text-slate-600">{props.missing}</p>
      ) : (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {props.keys.map((key) => (
            <div key={key} className="contents">
              <dt className="text-slate-600">{key.replaceAll("_", " ")}</dt>
              <dd className="font-mono text-xs break-all">{show(props.values?.[key])}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

const asRecord = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const show = (v: unknown) => (v === undefined ? "—" : v === null ? "none" : String(v));
