import { ProviderError } from "../errors";
import { providerFetch, type ProviderRequest } from "../http";
import { cashlinkTokenSchema } from "./schemas";
import type { IssuedToken } from "./token-cache";

type Transport = Pick<ProviderRequest<typeof cashlinkTokenSchema>, "provider" | "baseUrl" | "fetch" | "sleep" | "timeoutMs">;
type Credentials = { clientId: string; clientSecret: string; scopes: string | readonly string[] };

const TRANSIENT = new Set(["timeout", "network", "server_error", "rate_limited"]);

/**
 * OAuth2 client credentials as Cashlink's guide does it: form-encoded POST /oauth/token.
 * Errors are rephrased because the generic ones talk about "the record" or "the change".
 */
export async function requestCashlinkToken(transport: Transport, credentials: Credentials): Promise<IssuedToken> {
  const scope = typeof credentials.scopes === "string" ? credentials.scopes.trim() : credentials.scopes.join(" ");
  try {
    const token = await providerFetch({
      ...transport,
      method: "POST",
      path: "/oauth/token",
      form: {
        grant_type: "client_credentials",
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
        // Omitted = the client's default scopes.
        ...(scope && { scope }),
      },
      schema: cashlinkTokenSchema,
    });
    return { accessToken: token.access_token, expiresInSeconds: token.expires_in };
  } catch (error) {
    throw tokenError(error);
  }
}

function tokenError(error: unknown): unknown {
  if (!(error instanceof ProviderError) || error.code === "invalid_response") return error;
  const transient = TRANSIENT.has(error.code);
  return new ProviderError({
    provider: "cashlink",
    code: transient ? error.code : "unauthorized",
    status: error.status,
    // Getting a token changes nothing at Cashlink, so a transient failure is safe to repeat even though it is a POST.
    retryable: transient,
    details: error.details,
    cause: error,
    userMessage: transient
      ? `Could not sign in to Cashlink (${error.code.replace("_", " ")}${error.status === null ? "" : `, HTTP ${error.status}`}). Nothing was changed; try again in a moment.`
      : "Cashlink refused our API credentials or scopes. Nothing was changed; ask an administrator to check CASHLINK_CLIENT_ID, CASHLINK_CLIENT_SECRET and CASHLINK_SCOPES.",
  });
}
