"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { createCashlinkInvestmentAction } from "@/lib/actions/cashlink-invitations";

/**
 * The retry for the guide's last step when it failed: the same action finds our
 * request CREATED and only links the investor's wallet (same derived key).
 */
export function LinkWallet({ invitationId, signedAt }: { invitationId: string; signedAt: string }) {
  const router = useRouter();
  const link = useAction(createCashlinkInvestmentAction, {
    onSuccess: ({ data }) => {
      if (data?.walletProblem) toast.warning(data.walletProblem);
      else toast.success("Wallet linked to the investment.");
      router.refresh();
    },
  });
  return (
    <div className="flex flex-col gap-1">
      <Button variant="secondary" disabled={link.isPending} onClick={() => link.execute({ invitationId, signedAt })}>
        {link.isPending ? "Linking…" : "Link the investor's wallet"}
      </Button>
      <FormError message={link.result.serverError} />
    </div>
  );
}
