import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";

/**
 * Runs a bench script that calls the app's data layer in its own process: it needs the
 * react-server condition (the data layer imports `server-only`) and an environment
 * lib/env.ts accepts, neither of which should apply to the rest of the bench, and
 * `npm run bench` cannot pass node flags. `extraEnv` points it at the providers it needs.
 */
export function runServerChild(
  label: string,
  script: string,
  args: string[],
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...extraEnv,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--conditions=react-server"].filter(Boolean).join(" "),
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
  };
  return new Promise<void>((resolve, reject) => {
    const child = spawn(path.join("node_modules", ".bin", "tsx"), [script, ...args], { env, stdio: ["ignore", "inherit", "inherit"] });
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${label} failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}
