/**
 * Security headers that do not depend on the request, on every path: also the routes
 * proxy.ts skips (event intake, static files). The per-request ones (CSP with its nonce,
 * HSTS over https, x-request-id) are set in proxy.ts; lib/security-headers.ts says why.
 */
const STATIC_SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * Onboarding documents go through a server action: up to 10 MiB (checked in the action), plus
 * form overhead. The proxy buffers request bodies up to its own limit and silently truncates
 * beyond it, so it must allow more than the action: with equal (or default 10 MB) limits a
 * file just under 10 MiB arrived cut off and failed with a 500 (#20 finding 13).
 */
const SERVER_ACTION_BODY_LIMIT = "11mb";
const PROXY_BODY_LIMIT = "12mb";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native/wasm server packages are loaded from node_modules at runtime instead of being bundled.
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "@prisma/adapter-pg", "@electric-sql/pglite"],
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT },
    proxyClientMaxBodySize: PROXY_BODY_LIMIT,
  },
  // Types and lint are checked once for the whole tree by `npm test` (npm run typecheck / lint),
  // so `npm start` does not repeat a full type check on every rebuild.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default nextConfig;
