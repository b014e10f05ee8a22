/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native/wasm server packages are loaded from node_modules at runtime instead of being bundled.
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "@prisma/adapter-pg", "@electric-sql/pglite"],
  // Onboarding documents go through a server action: up to 10 MB (checked in the action), plus form overhead.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "11mb" } },
  // Types and lint are checked once for the whole tree by `npm test` (npm run typecheck / lint),
  // so `npm start` does not repeat a full type check on every rebuild.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
