import "server-only";

import { writeAudit } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db";
import { createWiseAlphaClient } from "@/lib/providers/wisealpha/client";
import { createWiseAlphaOAuth } from "@/lib/providers/wisealpha/oauth";
import { wiseAlphaOAuthOptions } from "@/lib/providers/wisealpha/oauth-config";
import { wiseAlphaClientOptions, wiseAlphaConfigSchema } from "@/lib/providers/wisealpha/config";

/** Only the scopes we use: read the customer's profile and investments. */
export const REQUESTED_SCOPES = ["read_profile", "read_investments"] as const;

export const getWiseAlphaOAuth = () => createWiseAlphaOAuth(wiseAlphaOAuthOptions(process.env));

export async function findOAuthConnection(customerRef: string) {
  return getDb().wiseAlphaOAuthConnection.findUnique({
    where: { customerRef },
    select: { customerRef: true, scope: true, connectedAt: true, refreshedAt: true, revokedAt: true, expiresAt: true },
  });
}

export async function listOAuthConnections() {
  return getDb().wiseAlphaOAuthConnection.findMany({
    orderBy: { connectedAt: "desc" },
    select: { customerRef: true, scope: true, connectedAt: true, refreshedAt: true, revokedAt: true, expiresAt: true },
    take: 500,
  });
}

/**
 * The callback of the authorization code flow: swaps the code for tokens, asks WiseAlpha who
 * the customer is (`/customers/me/` with the new token) and records the connection. The token
 * itself names the customer; nothing the browser sends does.
 */
export async function connectWithCode(code: string, redirectUri: string) {
  const tokens = await getWiseAlphaOAuth().exchangeCode({ code, redirectUri });
  const api = createWiseAlphaClient({
    ...wiseAlphaClientOptions(wiseAlphaConfigSchema.parse(process.env)),
    accessToken: tokens.access_token,
  });
  const me = await api.getCustomer("me");
  const data = {
    scope: tokens.scope,
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    expiresAt: new Date(Date.now() + tokens.expires_in * 1000),
    revokedAt: null,
  };
  await getDb().$transaction(async (tx) => {
    await tx.wiseAlphaOAuthConnection.upsert({
      where: { customerRef: me.customer_id },
      create: { customerRef: me.customer_id, ...data },
      update: { ...data, connectedAt: new Date() },
    });
    await writeAudit(tx, {
      action: "wisealpha_oauth.connected",
      outcome: "SUCCESS",
      targetType: "wisealpha_customer",
      targetId: me.customer_id,
      details: { scope: tokens.scope },
    });
  });
  return { customerRef: me.customer_id, scope: tokens.scope };
}
