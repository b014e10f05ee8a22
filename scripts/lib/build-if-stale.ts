import { createHash } from "node:crypto";
import { readFile, readdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "generated",
  "public",
  "proxy.ts",
  "next.config.js",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
];
const STAMP = path.join(".next", "source-fingerprint");

/**
 * Fingerprint of everything the production build depends on (paths, sizes and
 * mtimes), so `npm start` rebuilds only when the sources changed.
 */
async function fingerprint(): Promise<string> {
  const hash = createHash("sha256");
  const visit = async (entry: string): Promise<void> => {
    const info = await stat(entry).catch(() => null);
    if (!info) return;
    if (info.isDirectory()) {
      for (const name of (await readdir(entry)).sort()) await visit(path.join(entry, name));
    } else {
      hash.update(`${entry}:${info.size}:${info.mtimeMs}\n`);
    }
  };
  for (const source of SOURCES) await visit(source);
  return hash.digest("hex");
}

export async function isBuildStale(): Promise<{ stale: boolean; markBuilt: () => Promise<void> }> {
  const current = await fingerprint();
  const previous = await readFile(STAMP, "utf8").catch(() => null);
  // Fingerprinted again after the build, which may touch tsconfig.json itself.
  return { stale: previous !== current, markBuilt: async () => writeFile(STAMP, await fingerprint()) };
}
