import Link from "next/link";
import type { ReactNode } from "react";

import { PageHeader } from "@/components/ui/page-header";

type PanelPlace = {
  provider: "InvestSuite" | "WiseAlpha" | "Cashlink";
  /** What could not be loaded, e.g. "This portfolio". */
  what: string;
  retryHref: string;
};

type Failure = { kind: "error"; message: string; retryable: boolean };

type ProviderErrorPanelProps = PanelPlace &
  (
    | { message: string; retryable: boolean }
    /** A failed load as the page's loaders answer it (`kind: "error"` with the provider's words), passed whole. */
    | { error: { message: string; retryable: boolean } }
  );

/**
 * A failed provider read on a server-rendered page: the provider's words for what
 * happened (mapped by its client) and a fresh try; the rest of the page still works.
 */
export function ProviderErrorPanel({ provider, what, retryHref, ...failure }: ProviderErrorPanelProps) {
  const { message, retryable } = "error" in failure ? failure.error : failure;
  return (
    <div role="alert" className="mb-4 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900" data-testid="provider-error">
      <p className="font-medium">
        {what} could not be loaded from {provider}.
      </p>
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

/**
 * A detail page whose one provider read failed, in place of the page: the way back, the page's
 * title with the id that was asked for, and the panel.
 */
export function ProviderErrorPage({ back, title, id, ...panel }: { back: ReactNode; title: string; id: string } & ProviderErrorPanelProps) {
  return (
    <>
      {back}
      <PageHeader title={title} description={id} />
      <ProviderErrorPanel {...panel} />
    </>
  );
}

/** A list or form fed by one provider read: the panel when the read failed, else what `children` makes of the answer. */
export function ProviderLoaded<T extends { kind: string }>({
  result,
  children,
  ...place
}: PanelPlace & { result: T; children: (loaded: Exclude<T, { kind: "error" }>) => ReactNode }) {
  if (result.kind === "error") return <ProviderErrorPanel {...place} error={result as unknown as Failure} />;
  return <>{children(result as Exclude<T, { kind: "error" }>)}</>;
}
