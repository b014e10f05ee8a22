// Adds lock entries for other platforms' optional binaries (e.g. @next/swc-darwin-arm64).
// Our machines' npm registry serves only this platform's binaries, so `npm install`
// cannot record the others, and `npm ci` then refuses the lock as out of sync with
// package.json. A version-only stub marked optional satisfies that check; on install
// npm skips it as an optional dependency that is not for this platform.
// Run after any `npm install` that changes package-lock.json: `node scripts/lockfile-platform-stubs.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const packages = lock.packages;
let added = 0;

for (const [location, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    // npm looks beside the dependent first, then up the tree to the root node_modules.
    const nested = `${location}/node_modules/${name}`.replace(/^\//, "");
    const hoisted = `node_modules/${name}`;
    if (packages[nested] || packages[hoisted]) continue;
    const version = /^\d+\.\d+\.\d+(-[\w.]+)?$/.test(range) ? range : null;
    if (!version) continue; // only exact pins are platform binaries; ranges resolve normally
    packages[hoisted] = { version, dev: entry.dev || undefined, optional: true };
    added += 1;
  }
}

writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lockfile-platform-stubs: added ${added} stub entries`);
