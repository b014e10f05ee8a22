import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

import { DEMO_LOGIN } from "@/sandbox/investsuite/contract/test-sandbox";

/**
 * The worker's withdrawal execution job in its own Node process (withdrawal-execution-child.ts;
 * no npx in between: the kill must hit the process that pays), for tests that SIGKILL it
 * mid-payout and start another.
 */
export function startWithdrawalWorker(withdrawalId: string, investSuiteBaseUrl: string): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "test-support", "withdrawal-execution-child.ts")], {
    env: {
      ...process.env,
      ONLY_WITHDRAWAL_ID: withdrawalId,
      INVESTSUITE_BASE_URL: investSuiteBaseUrl,
      INVESTSUITE_USERNAME: DEMO_LOGIN.username,
      INVESTSUITE_PASSWORD: DEMO_LOGIN.password,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(`[worker ${child.pid}] ${chunk.toString()}`));
  return child;
}

export const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((r) => child.once("exit", () => r()));

/** Polls `check` every 50 ms until it holds; throws after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Lets `child` run until `done` holds (as waitFor), then stops it (SIGTERM) and waits for its exit, however the wait ended. */
export async function runUntil(child: ChildProcess, done: () => Promise<boolean>, timeoutMs = 60_000) {
  try {
    await waitFor(done, timeoutMs);
  } finally {
    child.kill("SIGTERM");
    await exited(child);
  }
}

/**
 * Lets `child` run until `reached` holds (as waitFor), then SIGKILLs it, however the wait ended, and
 * waits for its exit: a worker dying mid-work. Returns when the kill was sent (Date.now()).
 */
export async function killWhen(child: ChildProcess, reached: () => Promise<boolean>, timeoutMs = 60_000): Promise<number> {
  let killedAt = 0;
  try {
    await waitFor(reached, timeoutMs);
  } finally {
    child.kill("SIGKILL");
    killedAt = Date.now();
    await exited(child);
  }
  return killedAt;
}
