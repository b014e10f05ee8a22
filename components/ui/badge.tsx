import type { ReactNode } from "react";

import { enumWords } from "@/lib/format/enums";
import { cn } from "@/lib/utils";

const TONES = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-300",
  good: "bg-emerald-50 text-emerald-800 ring-emerald-300",
  warn: "bg-amber-50 text-amber-800 ring-amber-300",
  bad: "bg-red-50 text-red-800 ring-red-300",
  info: "bg-sky-50 text-sky-800 ring-sky-300",
} as const;

export type BadgeTone = keyof typeof TONES;

/** The one badge style: a short state in words; `title` carries the raw value when the words are ours. */
export function Badge({
  tone = "neutral",
  title,
  testId,
  children,
}: {
  tone?: BadgeTone;
  title?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <span
      className={cn("inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset", TONES[tone])}
      title={title}
      data-testid={testId}
    >
      {children}
    </span>
  );
}

/** A record's state in words ("Awaiting approval"), toned per state; the raw value in `data-state` and on hover. */
export function StateBadge<S extends string>({ state, tones, testId }: { state: S; tones: Record<S, BadgeTone>; testId: string }) {
  return (
    <span data-testid={testId} data-state={state}>
      <Badge tone={tones[state]} title={state}>
        {enumWords(state)}
      </Badge>
    </span>
  );
}
