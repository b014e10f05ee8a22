import Link from "next/link";

/** A failed Cashlink read: Cashlink's words for what happened (mapped by the client) and a fresh try. */
export function CashlinkErrorPanel({
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
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900" data-testid="provider-error">
      <p className="font-medium">{what} could not be loaded from Cashlink.</p>
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
