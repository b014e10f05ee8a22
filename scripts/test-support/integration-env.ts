import { inject } from "vitest";

// Runs in each test worker before the suites: point the app's env at the test database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-at-least-32-characters";
process.env.LOG_LEVEL ??= "silent";

import { vi } from "vitest";

// Outside Next.js there is no request: the session comes from `setSession` (see auth.ts),
// `connection()` has nothing to wait for, and cache revalidation has nothing to revalidate.
vi.mock("@/lib/auth/session-cookie", () => ({
  readSessionId: vi.fn(async () => (globalThis as { __testSession?: { sid?: string } | null }).__testSession?.sid ?? null),
}));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  connection: async () => {},
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
