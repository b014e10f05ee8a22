import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

import { DEMO_LOGIN } from "@/sandbox/investsuite/contract/test-sandbox";

/**
 * The worker's deposit send job in its own Node process (deposit-execution-child.ts; no npx in
 * between: the kill must hit the process that sends), paused `pauseAfterSendMs` right after
 * InvestSuite accepted the event, so a test can SIGKILL it there and start another.
 */
export function startDepositWorker(depositId: string, investSuiteBaseUrl: string, pauseAfterSendMs = 0): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "test-support", "deposit-execution-child.ts")], {
    env: {
      ...process.env,
      ONLY_DEPOSIT_ID: depositId,
      PAUSE_AFTER_SEND_MS: String(pauseAfterSendMs),
      INVESTSUITE_BASE_URL: investSuiteBaseUrl,
      INVESTSUITE_USERNAME: DEMO_LOGIN.username,
      INVESTSUITE_PASSWORD: DEMO_LOGIN.password,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(`[deposit worker ${child.pid}] ${chunk.toString()}`));
  return child;
}
