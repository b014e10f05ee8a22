import Link from "next/link";

/** A failed provider read: the provider's own words for what happened, and a way to try again. */
export function ProviderErrorPanel({ message, retryHref, retryable }: { message: string; retryHref: string; retryable: boolean }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900" data-testid="provider-error">
      <p className="font-medium">This portfolio could not be loaded from InvestSuite.</p>
      <p className="mt-1">{message}</p>
      <p className="mt-3 flex gap-4">
        {/* prefetch off: the point is a fresh request to the provider, not a cached one. */}
        <Link href={retryHref} prefetch={false} className="font-medium underline">
          Try again
        </Link>
        {!retryable && <span className="text-xs text-red-800">Trying again may give the same answer until the cause is fixed.</span>}
      </p>
    </div>
  );
}
