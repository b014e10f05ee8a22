import type { ReactNode } from "react";

import { SubmitButton } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";

/**
 * A Cashlink write form's end: the write's error in place (`errorTestId`), then its submit button,
 * busy while the write runs. `wide` spans both columns of a two-column form, error and button together.
 */
export function WriteFooter({
  write,
  errorTestId,
  pendingLabel = "Recording…",
  disabled,
  wide = false,
  children,
}: {
  write: { pending: boolean; error: string | null };
  errorTestId: string;
  pendingLabel?: string;
  disabled?: boolean;
  wide?: boolean;
  children: ReactNode;
}) {
  const button = (
    <SubmitButton pending={write.pending} pendingLabel={pendingLabel} disabled={disabled}>
      {children}
    </SubmitButton>
  );
  const error = <FormError message={write.error} testId={errorTestId} />;
  return wide ? (
    <div className="sm:col-span-2">
      {error}
      {button}
    </div>
  ) : (
    <>
      {error}
      <div>{button}</div>
    </>
  );
}
