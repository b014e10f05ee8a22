import Link from "next/link";

import { Row, Section } from "@/components/portfolios/detail/section";
import { UserPortfoliosTable } from "@/components/portfolios/users/user-portfolios-table";
import { CustomerLink } from "@/components/customers/customer-link";
import { openProviderDetailPage } from "@/components/ui/detail-page";
import { EnumText } from "@/components/ui/enum-text";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { loadInvestSuiteUser } from "@/lib/portfolios/investsuite-users";
import { INVESTSUITE_USER_ID } from "@/lib/validations/portfolio-lifecycle";

export const metadata = { title: "InvestSuite user" };

type Props = { params: Promise<{ id: string }> };

export default async function InvestSuiteUserPage({ params }: Props) {
  const {
    user: me,
    back,
    record,
    failed,
  } = await openProviderDetailPage(params, {
    permission: "portfolios.read",
    load: loadInvestSuiteUser,
    isId: (v) => INVESTSUITE_USER_ID.test(v),
    list: { href: "/portfolios/users", label: "InvestSuite users" },
    title: "InvestSuite user",
    provider: "InvestSuite",
    what: "This user",
  });
  if (!record) return failed;
  const { user, portfolios, more } = record.value;
  const canCreate = hasPermission(me.role, "portfolios.create");
  return (
    <>
      {back}
      <PageHeader
        title={user.name ?? "(no name)"}
        description={`InvestSuite user ${user.id}`}
        actions={
          canCreate && (
            <Link
              href={`/portfolios/users/${user.id}/new`}
              className="inline-flex min-h-9 items-center rounded-md bg-slate-900 px-3 text-sm font-medium text-white"
            >
              Create portfolio
            </Link>
          )
        }
      />
      <CustomerLink provider="INVESTSUITE" providerId={user.id} />
      <div className="grid gap-4 lg:grid-cols-3">
        <Section title="User">
          <dl data-testid="investsuite-user">
            <Row label="E-mail">{user.email ?? "—"}</Row>
            <Row label="Phone">{user.phone ?? "—"}</Row>
            <Row label="Bank customer no.">{user.externalId ?? "—"}</Row>
            <Row label="Status">
              <EnumText value={user.status} />
            </Row>
            <Row label="Language">{user.language ?? "—"}</Row>
          </dl>
        </Section>
        <Section title="Portfolios" className="lg:col-span-2">
          <UserPortfoliosTable rows={portfolios} />
          {more && <p className="mt-2 text-xs text-slate-600">Showing the newest 100.</p>}
        </Section>
      </div>
    </>
  );
}
