import path from "node:path";

import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);
const resolve = {
  alias: {
    "@": root,
    // `server-only` throws outside the React server bundle; in tests the guard is meaningless.
    "server-only": path.join(root, "scripts/test-support/empty-module.ts"),
  },
};

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["{lib,sandbox,scripts,worker,intake,app,components}/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["{lib,sandbox,scripts,worker,intake,app,prisma,tests}/**/*.int.test.ts"],
          exclude: ["node_modules/**"],
          environment: "node",
          globalSetup: ["scripts/test-support/integration-setup.ts"],
          setupFiles: ["scripts/test-support/integration-env.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
