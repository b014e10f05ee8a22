"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";

import { Button } from "@/components/ui/button";

/** A provider failure in words a back-office user can act on, with a way to try again. */
export function ProviderErrorNotice({ message }: { message: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div
      role="alert"
      data-testid="provider-error"
      className="flex items-center justify-between gap-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
    >
      <p>{message}</p>
      <Button variant="secondary" disabled={pending} onClick={() => startTransition(() => router.refresh())}>
        {pending ? "Retrying…" : "Retry"}
      </Button>
    </div>
  );
}
