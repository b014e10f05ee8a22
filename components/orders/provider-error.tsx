import Link from "next/link";

/** A failed WiseAlpha read: WiseAlpha's own words and a way to try again; the rest of the page still works. */
export function WiseAlphaErrorPanel({
  what,
  message,
  retryHref,
  retryable,
}: {
  what: string;
  message: string;
  retryHref: string;
  retryable: boolean;
}) {
  return (
    <div role="alert" className="mb-4 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900" data-testid="provider-error">
      <p className="font-medium">{what} could not be loaded from WiseAlpha.</p>
      <p className="mt-1">{message}</p>
      <p className="mt-3 flex gap-4">
        <Link href={retryHref} prefetch={false} className="font-medium underline">
          Try again
        </Link>
        {!retryable && <span className="text-xs text-red-800">Trying again may give the same answer until the cause is fixed.</span>}
      </p>
    </div>
  );
}
