import { spawn, type ChildProcess } from "node:child_process";

type Managed = { name: string; child: ChildProcess; critical: boolean };

/**
 * Starts and stops the stack's child processes. A critical child (database, web)
 * that dies takes the stack down with a clear message; any other (sandbox, worker,
 * intake) is reported and started again after a pause that doubles while it keeps
 * dying (1 s up to 30 s), so a crashed worker or intake listener comes back by itself.
 * `stopAll` stops children in reverse start order, so the database goes last.
 */
export function createSupervisor(onFatal: (message: string) => void, restartDelay = { firstMs: 1_000, maxMs: 30_000 }) {
  const children: Managed[] = [];
  let stopping = false;
  const timers = new Set<NodeJS.Timeout>();

  function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, critical = true, delayMs = restartDelay.firstMs) {
    const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "inherit"] });
    const managed: Managed = { name, child, critical };
    children.push(managed);
    const startedAt = Date.now();
    child.once("exit", (code, signal) => {
      if (stopping) return;
      const message = `${name} exited (${signal ?? `code ${code}`}).`;
      if (critical) return onFatal(message);
      children.splice(children.indexOf(managed), 1);
      // A child that ran a while before dying starts over from the shortest pause.
      const delay = Date.now() - startedAt > 60_000 ? restartDelay.firstMs : delayMs;
      console.error(`[start] ${message} The rest keeps running; starting it again in ${delay / 1000} s.`);
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!stopping) start(name, command, args, env, false, Math.min(delay * 2, restartDelay.maxMs));
      }, delay);
      timers.add(timer);
    });
    return child;
  }

  async function stopAll(timeoutMs = 10_000) {
    stopping = true;
    for (const timer of timers) clearTimeout(timer);
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
