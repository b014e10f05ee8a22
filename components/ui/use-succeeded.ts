"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";

/**
 * An action's `onSuccess`: say what happened, run `then` (close the form, clear a step), and
 * re-read the server page so it shows the change.
 */
export function useSucceeded() {
  const router = useRouter();
  return (message: string, then?: () => void) => () => {
    toast.success(message);
    then?.();
    router.refresh();
  };
}
