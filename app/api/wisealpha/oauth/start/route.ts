// GET /api/wisealpha/oauth/start - sends a WiseAlpha individual-account holder to WiseAlpha to grant us access (seed 004 "OAuth")
import { randomBytes } from "node:crypto";

import { REQUESTED_SCOPES, getWiseAlphaOAuth } from "@/lib/wisealpha-accounts/oauth-connections";

const STATE_COOKIE = "wa_oauth_state";

export function GET(request: Request) {
  const state = randomBytes(24).toString("base64url");
  const redirectUri = new URL("/api/wisealpha/oauth/callback", request.url).toString();
  const target = getWiseAlphaOAuth().authorizeUrl({ redirectUri, state, scopes: [...REQUESTED_SCOPES] });
  // The state comes back on the callback and must match this cookie (CSRF): ten minutes, this path only.
  return new Response(null, {
    status: 302,
    headers: {
      location: target,
      "set-cookie": `${STATE_COOKIE}=${state}; Path=/api/wisealpha/oauth; Max-Age=600; HttpOnly; SameSite=Lax${new URL(request.url).protocol === "https:" ? "; Secure" : ""}`,
    },
  });
}
