import Link from "next/link";

/**
 * The line a list shows when a home card opened it on one work queue: which queue, and the
 * way back to the whole list (the queue is a URL parameter the filter bar does not show).
 */
export function QueueNotice({ label, allHref, testId }: { label: string; allHref: string; testId: string }) {
  return (
    <p className="mb-3 text-sm" data-testid={testId}>
      Showing <strong>{label}</strong> ·{" "}
      <Link className="underline" href={allHref}>
        show all
      </Link>
    </p>
  );
}
