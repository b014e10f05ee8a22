import { spawn, type ChildProcess } from "node:child_process";

type Managed = { name: string; child: ChildProcess; critical: boolean };

/**
 * Starts and stops the stack's child processes. A critical child (database, web)
 * that dies takes the stack down with a clear message; others are reported.
 * `stopAll` stops children in reverse start order, so the database goes last.
 */
export function createSupervisor(onFatal: (message: string) => void) {
  const children: Managed[] = [];
  let stopping = false;

  function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, critical = true) {
    const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "inherit"] });
    children.push({ name, child, critical });
    child.once("exit", (code, signal) => {
      if (stopping) return;
      const message = `${name} exited (${signal ?? `code ${code}`}).`;
      if (critical) onFatal(message);
      else console.error(`[start] ${message} The rest keeps running; see its log above.`);
    });
    return child;
  }

  async function stopAll(timeoutMs = 10_000) {
    stopping = true;
    for (const { name, child } of [...children].reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      child.kill("SIGTERM");
      const exited = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      if (!exited) {
        console.error(`[start] ${name} did not stop in ${timeoutMs / 1000} s; killing it.`);
        child.kill("SIGKILL");
      }
    }
  }

  return { start, stopAll };
}

/** Runs a command to completion; rejects with its name and exit code. */
export function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "inherit"] });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${name} failed (exit code ${code}).`))));
  });
}
