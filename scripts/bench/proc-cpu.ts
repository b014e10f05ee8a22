import { readdirSync, readFileSync } from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** utime + stime of one process in ms, or null when it is gone (or this is not Linux). */
function processCpuMs(pid: number): { ppid: number; ms: number } | null {
  try {
    // The command name may hold spaces and parentheses: fields start after the last ") ".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
    return { ppid: Number(fields[1]), ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
  } catch {
    return null;
  }
}

/**
 * CPU time (user + system, ms) used so far by a process and all its descendants, e.g. the
 * stack's supervisor with `next start` under it. Wall time on a shared machine mostly says
 * how busy the neighbours were; CPU time per request is what the request itself cost.
 * NaN where /proc is not available. Resolution: 10 ms per process, so sum over many requests.
 */
export function treeCpuMs(root: number): number {
  let pids: number[];
  try {
    pids = readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return Number.NaN;
  }
  const stats = new Map(
    pids.flatMap((pid) => {
      const s = processCpuMs(pid);
      return s ? [[pid, s] as const] : [];
    }),
  );
  if (!stats.has(root)) return Number.NaN;
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = stats.get(p)?.ppid ?? 0, hops++) if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const [pid, s] of stats) if (inTree(pid)) total += s.ms;
  return total;
}

/** The first process under `root` (itself included) whose command line contains `needle`; null if none (or not Linux). */
export function findDescendant(root: number, needle: string): number | null {
  let pids: number[];
  try {
    pids = readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .map(Number)
      .sort((a, b) => a - b);
  } catch {
    return null;
  }
  for (const pid of pids) {
    let cmdline = "";
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
    } catch {
      continue;
    }
    if (!cmdline.includes(needle)) continue;
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = processCpuMs(p)?.ppid ?? 0, hops++) if (p === root) return pid;
  }
  return null;
}

/** Busy CPU time of the whole machine so far (all cores, ms), from /proc/stat; NaN where it is not available. */
export function machineBusyMs(): number {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3]! + fields[4]!; // idle + iowait
    return (fields.reduce((a, b) => a + b, 0) - idle) * TICK_MS;
  } catch {
    return Number.NaN;
  }
}

/**
 * Waits until the machine is quiet: a whole second with under `maxBusyCores` cores busy
 * (the stack just started, or the previous phase's processes are settling), at most
 * `timeoutMs`. Returns how long it waited and how busy the last second was, for the log.
 * A phase timed while our own stack is still warming up measures the warm-up.
 */
export async function waitForQuietCpu(maxBusyCores = 0.3, timeoutMs = 30_000): Promise<{ waitedMs: number; busyCores: number }> {
  const started = performance.now();
  let busyCores = Number.NaN;
  for (;;) {
    const before = machineBusyMs();
    await new Promise((r) => setTimeout(r, 1_000));
    busyCores = (machineBusyMs() - before) / 1_000;
    if (!(busyCores >= maxBusyCores) || performance.now() - started >= timeoutMs) break;
  }
  return { waitedMs: performance.now() - started, busyCores };
}
