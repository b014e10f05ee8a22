import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Loads a provider's state from its JSON file, or builds it with `init` on first
 * start. Written with write-then-rename so a crash mid-save never leaves a torn file.
 */
export async function loadState<T>(file: string, init: () => T): Promise<T> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    const state = init();
    await saveState(file, state);
    return state;
  }
}

export async function saveState(file: string, state: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(state));
  await rename(tmp, file);
}

/**
 * Debounced saver: providers call `markDirty()` after each change; the state is
 * flushed at most once per `delayMs` and on `flush()` (called at shutdown).
 */
export function createSaver(file: string, getState: () => unknown, delayMs = 250) {
  let timer: NodeJS.Timeout | undefined;
  let pending: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    pending = pending.then(() => saveState(file, getState()));
    await pending;
  };
  return {
    markDirty() {
      if (!timer) timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
  };
}
