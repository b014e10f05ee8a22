// GET /api/wisealpha/oauth/callback?code=&state= - WiseAlpha sends the customer back here; we swap the code for tokens
import { oauthCallbackSchema } from "@/lib/validations/wisealpha-accounts";
import { isProviderError } from "@/lib/providers/errors";
import { getRequestLogger } from "@/lib/request-context";
import { connectWithCode } from "@/lib/wisealpha-accounts/oauth-connections";

const STATE_COOKIE = "wa_oauth_state";
const page = (status: number, text: string) =>
  new Response(`<!doctype html><html lang="en"><title>WiseAlpha connection</title><main><p>${text}</p></main></html>`, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "set-cookie": `${STATE_COOKIE}=; Path=/api/wisealpha/oauth; Max-Age=0` },
  });

export async function GET(request: Request) {
  const url = new URL(request.url);
  const cookie = /(?:^|;\s*)wa_oauth_state=([^;]+)/.exec(request.headers.get("cookie") ?? "")?.[1];
  const query = oauthCallbackSchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return page(400, "This link is not valid. Please start the connection again.");
  const { state, error, code } = query.data;
  if (!cookie || !state || cookie !== state) return page(400, "This link has expired. Please start the connection again.");
  if (error)
    return page(
      400,
      error === "access_denied"
        ? "You did not grant access. Nothing was connected."
        : "WiseAlpha could not grant access. Please try again.",
    );
  if (!code) return page(400, "WiseAlpha sent no authorization code. Please start the connection again.");
  try {
    await connectWithCode(code, new URL("/api/wisealpha/oauth/callback", request.url).toString());
    return page(200, "Your WiseAlpha account is connected. You can close this window.");
  } catch (err) {
    (await getRequestLogger()).warn({ err }, "wisealpha oauth: connecting failed");
    return page(502, isProviderError(err) ? err.userMessage : "The connection could not be completed. Please try again.");
  }
}
