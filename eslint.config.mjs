import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    // Sandbox, scripts and tests are Node programs, not Next pages.
    files: ["sandbox/**", "scripts/**", "worker/**", "e2e/**", "**/*.test.ts"],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
];

export default config;
