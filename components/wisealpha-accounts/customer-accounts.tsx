import Link from "next/link";

import { Section } from "@/components/portfolios/detail/section";
import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import { ProviderErrorPanel } from "@/components/ui/provider-error-panel";
import { hasPermission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { loadFromProvider } from "@/lib/orders/find-products";
import { loadNotificationSettings } from "@/lib/wisealpha-accounts/notification-settings";
import { findOAuthConnection } from "@/lib/wisealpha-accounts/oauth-connections";

import { NotificationSettings } from "./notification-settings";

/**
 * The customer page's WiseAlpha extras (#16): links to each account's page (ledger, reports,
 * robowise), notification settings, and whether the customer connected to us with OAuth.
 */
export async function CustomerAccounts({
  user,
  customerRef,
  accountIds,
}: {
  user: CurrentUser;
  customerRef: string;
  accountIds: string[];
}) {
  const [settings, oauth] = await Promise.all([
    loadFromProvider("notification settings", () => loadNotificationSettings(customerRef)),
    findOAuthConnection(customerRef),
  ]);
  return (
    <>
      <Section title="Investment accounts">
        {accountIds.length === 0 ? (
          <p className="text-sm text-slate-600">No investment account yet.</p>
        ) : (
          <ul className="flex flex-wrap gap-4 text-sm">
            {accountIds.map((id) => (
              <li key={id}>
                <Link className="underline" href={`/orders/customers/${customerRef}/accounts/${id}`}>
                  Account {id}: ledger, reports and robowise
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-sm" data-testid="oauth-status">
          {oauth ? (
            <>
              <Badge tone={oauth.revokedAt ? "warn" : "good"}>{oauth.revokedAt ? "OAuth grant lapsed" : "Connected with OAuth"}</Badge>{" "}
              <span className="text-slate-600">
                scopes {oauth.scope} · since <DateTime value={oauth.connectedAt} />
              </span>
            </>
          ) : (
            <span className="text-slate-600">Managed through our super account (no OAuth connection).</span>
          )}
        </p>
      </Section>
      <Section title="Notification settings">
        {settings.kind === "found" ? (
          <NotificationSettings customerRef={customerRef} rows={settings.value} canEdit={hasPermission(user.role, "notifications.edit")} />
        ) : (
          <ProviderErrorPanel
            provider="WiseAlpha"
            what="The notification settings"
            error={settings}
            retryHref={`/orders/customers/${customerRef}`}
          />
        )}
      </Section>
    </>
  );
}
