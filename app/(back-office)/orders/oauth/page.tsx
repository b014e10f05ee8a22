import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { OAuthConnectionsTable } from "@/components/wisealpha-accounts/oauth-connections-table";
import { requirePagePermission } from "@/lib/auth/session";
import { listOAuthConnections } from "@/lib/wisealpha-accounts/oauth-connections";

export const metadata = { title: "WiseAlpha OAuth connections" };

/** WiseAlpha individual accounts that connected to us with OAuth (authorization code), and the scopes they granted. */
export default async function OAuthConnectionsPage() {
  await requirePagePermission("orders.read");
  const rows = (await listOAuthConnections()).map((c) => ({
    customerRef: c.customerRef,
    scope: c.scope,
    connectedAt: c.connectedAt.toISOString(),
    refreshedAt: c.refreshedAt?.toISOString() ?? null,
    lapsed: c.revokedAt !== null,
  }));
  return (
    <>
      <BackLink href="/orders">Orders</BackLink>
      <PageHeader
        title="WiseAlpha OAuth connections"
        description="Customers with their own WiseAlpha account who granted us access. A customer connects at /api/wisealpha/oauth/start."
      />
      <OAuthConnectionsTable rows={rows} />
    </>
  );
}
