import { AddWalletForm, IdentifyInvestorForm } from "@/components/cashlink-onboarding/cashlink-forms";
import { WalletsTable } from "@/components/cashlink-onboarding/wallets-table";
import { CustomerLink } from "@/components/customers/customer-link";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { openProviderDetailPage } from "@/components/ui/detail-page";
import { hasPermission } from "@/lib/auth/permissions";
import { getCashlinkInvestorDetail } from "@/lib/onboarding/find-cashlink-records";

export const metadata = { title: "Cashlink investor" };

type Props = { params: Promise<{ id: string }> };

export default async function CashlinkInvestorPage({ params }: Props) {
  const { user, back, record, failed } = await openProviderDetailPage(params, {
    permission: "onboarding.read",
    load: getCashlinkInvestorDetail,
    list: { href: "/onboarding/cashlink-investors", label: "Cashlink investors" },
    title: "Cashlink investor",
    provider: "Cashlink",
    what: "This investor",
  });
  if (!record) return failed;
  const { investor, wallets } = record;
  const canAct = hasPermission(user.role, "onboarding.act");
  return (
    <>
      {back}
      <PageHeader title={investor.name} description={`Cashlink investor ${investor.id}`} />
      <CustomerLink provider="CASHLINK" providerId={investor.id} />
      <section aria-label="Investor" className="mb-4 flex flex-wrap items-center gap-3 text-sm">
        {investor.isIdentified ? <Badge tone="good">Identified</Badge> : <Badge tone="warn">Not identified</Badge>}
        {investor.hasTaxInformation ? <Badge tone="good">Tax information</Badge> : <Badge tone="warn">No tax information</Badge>}
        {investor.email && <span>{investor.email}</span>}
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="flex flex-col gap-2">
          <h2 className="text-sm font-semibold">Wallets</h2>
          <WalletsTable rows={wallets} />
        </div>
        {canAct && (
          <div className="flex flex-col gap-4">
            {!investor.isIdentified && <IdentifyInvestorForm investorId={investor.id} />}
            <AddWalletForm investorId={investor.id} hasManaged={wallets.some((w) => w.type === "eth-managed")} />
          </div>
        )}
      </div>
    </>
  );
}
