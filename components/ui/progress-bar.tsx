import { cn } from "@/lib/utils";

/** How far a long bulk action has got, for eyes and for screen readers (named by `label`). */
export function ProgressBar({ label, percent, className }: { label: string; percent: number; className?: string }) {
  return (
    <div
      className={cn("h-2 w-full overflow-hidden rounded bg-slate-200", className)}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <div className="h-full bg-slate-900 transition-all" style={{ width: `${percent}%` }} />
    </div>
  );
}
