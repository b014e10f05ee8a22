import { existsSync } from "node:fs";

/** Debian's chromium: Playwright's own browser download is blocked on our machines. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error("No Chromium found. Install Debian's `chromium` (apt-get install chromium) or set CHROMIUM_PATH.");
  return found;
}

// Without the background-networking flags Chromium keeps dialling out, which this network refuses.
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
