import type { z } from "zod";

/** A base URL on this machine: the local sandbox, where its published demo secrets are fine. */
export function isLocal(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "127.0.0.1" || host === "localhost" || host === "::1" || host === "[::1]";
}

/**
 * A provider settings refinement: when `baseUrlKey` points anywhere but the local sandbox,
 * each secret in `sandboxValues` must be set to something other than the sandbox's published
 * value, so a deployment fails at start rather than with 401s on the first user action.
 */
export function realSecretsOutsideSandbox<C extends Record<string, unknown>>(
  baseUrlKey: keyof C & string,
  sandboxValues: [keyof C & string, string][],
) {
  return (config: C, ctx: z.RefinementCtx) => {
    if (isLocal(String(config[baseUrlKey]))) return;
    for (const [key, sandboxValue] of sandboxValues) {
      if (config[key] === sandboxValue) {
        ctx.addIssue({ code: "custom", path: [key], message: `must be set to the real value when ${baseUrlKey} is not the local sandbox` });
      }
    }
  };
}
