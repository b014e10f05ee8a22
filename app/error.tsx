"use client";

import { Button } from "@/components/ui/button";

/** Unexpected errors: a generic message and a retry, never the raw error text. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-md p-10 text-center">
      <h1 className="text-lg font-semibold">Something went wrong</h1>
      <p className="mt-2 text-sm text-slate-600">
        It has been logged{error.digest ? ` (reference ${error.digest})` : ""}. Please try again.
      </p>
      <Button className="mt-4" onClick={reset}>
        Try again
      </Button>
    </main>
  );
}
