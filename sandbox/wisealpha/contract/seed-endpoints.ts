import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Reads every WiseAlpha endpoint that seed 004 names: its `URL:` lines, its bare path headings
 * ("/market/quote/") and the paths its curl and Python examples call. Each becomes
 * "METHOD /template/" (or "* /template/" when the seed gives no method), where ids, currencies
 * and $VARIABLES are `{}`. OAuth paths are under `/o/`, API paths under `/v1/`.
 */
const ID_SEGMENT = /^(\{[^}]*\}|\$[A-Z_]+|[A-Z0-9_:]+|\d+)$/;

export function normalizePath(raw: string): string {
  const segments = raw
    .replace(/[?#].*$/, "")
    .split("/")
    .filter((s) => s !== "" && !s.includes("="));
  return `/${segments.map((s) => (ID_SEGMENT.test(s) ? "{}" : s)).join("/")}/`;
}

const API = /\$API_ROOT_URL(\/[^\s"'\\)]*)/;
const OAUTH = /\$OAUTH_ROOT_URL(\/[^\s"'\\)]*)/;

export function extractSeedEndpoints(seed: string): string[] {
  const found = new Set<string>();
  const add = (method: string, prefix: "/v1" | "/o", rawPath: string) => found.add(`${method} ${prefix}${normalizePath(rawPath)}`);
  const lines = seed.split("\n");
  for (const [index, line] of lines.entries()) {
    for (const m of line.matchAll(/URL: (?:(GET|POST|PUT|PATCH|DELETE) )?(\/[^\s]*)/g)) add(m[2] ? (m[1] ?? "*") : "*", "/v1", m[2]!);
    const heading = /^\s{4}(\/[A-Za-z0-9_{}/$-]+\/)\s*$/.exec(line);
    if (heading) {
      const oauth = heading[1] === "/authorize/" || heading[1] === "/token/";
      add(heading[1] === "/token/" ? "POST" : oauth ? "GET" : "*", oauth ? "/o" : "/v1", heading[1]!);
    }
    const python = /requests\.(get|post|put|patch|delete)\(/.exec(line);
    const curl = /\bcurl\b/.test(line) ? curlMethod(lines, index) : null;
    const method = python ? python[1]!.toUpperCase() : curl;
    if (!method) continue;
    const api = API.exec(line);
    const oauth = OAUTH.exec(line);
    if (api) add(method, "/v1", api[1]!);
    if (oauth) add(method, "/o", oauth[1]!);
  }
  // A "*" entry adds nothing where the same path is listed with a method.
  const withMethod = new Set([...found].filter((e) => !e.startsWith("* ")).map((e) => e.split(" ")[1]));
  return [...found].filter((e) => !e.startsWith("* ") || !withMethod.has(e.split(" ")[1])).sort();
}

/** A curl command runs on over `\\` continuations and `-H`/`-d` lines; -X names the method, else a body means POST. */
function curlMethod(lines: string[], start: number): string {
  let command = lines[start]!;
  for (let i = start + 1; i < lines.length && /^\s+-/.test(lines[i]!); i++) command += ` ${lines[i]}`;
  const explicit = /-X (GET|POST|PUT|PATCH|DELETE)\b/.exec(command)?.[1];
  return explicit ?? (/\s(-d|--data[\w-]*|-F)\s/.test(command) ? "POST" : "GET");
}

/** The seed's endpoints as extracted into seed-endpoints.txt (checked in; a test keeps it equal to the seed). */
export const SEED_ENDPOINTS = readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), "seed-endpoints.txt"), "utf8")
  .trim()
  .split("\n");
