import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { NewWiseAlphaWithdrawalForm } from "@/components/withdrawals/new-wisealpha-withdrawal-form";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata = { title: "New WiseAlpha withdrawal" };

export default async function NewWiseAlphaWithdrawalPage() {
  await requirePagePermission("withdrawals.prepare");
  return (
    <>
      <BackLink href="/withdrawals">Withdrawals</BackLink>
      <PageHeader
        title="New WiseAlpha withdrawal"
        description="Pays a customer's uninvested cash to their registered bank account. WiseAlpha's balance and can_withdraw are checked before it is queued; you become its maker, so another admin must approve it."
      />
      <NewWiseAlphaWithdrawalForm />
    </>
  );
}
