import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";

/** Helpers for scale-out.int.test.ts. */

export type Started = {
  child: ChildProcess;
  /** Resolves when `readyLine` appears on stdout; rejects if the process exits before. */
  ready: Promise<void>;
  /** Resolves when the process has exited, however. */
  exited: Promise<void>;
  /** Rejects (with the output's tail) when the process exits; never resolves. */
  died: Promise<never>;
};

/** A TypeScript entry as its own process (plain node + tsx loader, so a signal hits the process itself). */
export function startProcess(name: string, entry: string, env: Record<string, string>, readyLine: string): Started {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    env: { ...process.env, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The log's tail, for the error when the process dies (pino writes one JSON line per entry).
  let output = "";
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 100_000) output = output.slice(-50_000);
  };
  let isReady = false;
  const ready = new Promise<void>((resolve) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      keep(chunk);
      if (!isReady && output.includes(readyLine)) {
        isReady = true;
        resolve();
      }
    });
  });
  child.stderr!.on("data", (chunk: Buffer) => {
    keep(chunk);
    process.stderr.write(`[${name} ${child.pid}] ${chunk.toString()}`);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const died = exited.then(() => {
    throw new Error(`${name} (pid ${child.pid}) exited (${child.exitCode ?? child.signalCode}):\n${output.slice(-4000)}`);
  });
  // Awaited by whoever cares; unobserved, a death must not become an unhandled rejection.
  died.catch(() => undefined);
  return {
    child,
    ready: Promise.race([ready, died]),
    exited,
    died,
  };
}

/** CPU seconds a live process has used so far (Linux /proc; null elsewhere), for the test's profile line. */
export function cpuSeconds(pid: number | undefined): number | null {
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in clock ticks (100/s on Linux).
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
