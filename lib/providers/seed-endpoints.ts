/**
 * Reads the endpoints that seeds 000–003 name (issue #17, Done-when 1), so a test can check
 * that the sandbox serves each one and the typed client calls it.
 *
 * - InvestSuite (000–002): "METHOD /path" wherever the text has it (HTTP request lines such as
 *   `POST /portfolios/ HTTP/1.1`, table cells such as "the POST /events/ endpoint", curl's
 *   `--request PATCH 'https://host/path'`, and "GET users/?query=..." without its leading slash).
 * - Cashlink (003): the guide's Python, `requests.<method>(` followed by `f'{URL}/path'` on the
 *   same or one of the next two lines.
 *
 * Each becomes "METHOD /template/": the query is dropped, ids (`{invitation_id}`, InvestSuite's
 * `P01F8ZSNV0J45R9DFZ3D7D8C26F`) become `{}`, and the path gets one trailing slash.
 */

export type SeedProvider = "investsuite" | "cashlink";
export type SeedEndpoint = { provider: SeedProvider; endpoint: string };

/** Which provider each seed describes (000–002 InvestSuite, 003 Cashlink's guide). */
export const SEED_PROVIDERS: Record<string, SeedProvider> = {
  "000": "investsuite",
  "001": "investsuite",
  "002": "investsuite",
  "003": "cashlink",
};

const ID_SEGMENT = /^(\{[^}]*\}|[A-Z][A-Z0-9]{15,}|\d+)$/;

export function endpointTemplate(rawPath: string): string {
  const segments = rawPath
    .replace(/[?#].*$/, "")
    .split("/")
    .filter((s) => s !== "");
  return `/${segments.map((s) => (ID_SEGMENT.test(s) ? "{}" : s)).join("/")}/`;
}

const INVESTSUITE_LINE =
  /\b(GET|POST|PUT|PATCH|DELETE)\s+['"]?(?:https?:\/\/[^/\s'"]+)?(\/?[a-z_][a-z0-9_-]*\/[^\s'"]*|\/[a-z_][a-z0-9_-]*)/g;

export function extractInvestSuiteEndpoints(seed: string): string[] {
  const found = new Set<string>();
  for (const line of seed.split("\n")) {
    for (const m of line.matchAll(INVESTSUITE_LINE)) found.add(`${m[1]} ${endpointTemplate(m[2]!)}`);
  }
  return [...found].sort();
}

export function extractCashlinkEndpoints(seed: string): string[] {
  const found = new Set<string>();
  const lines = seed.split("\n");
  for (const [index, line] of lines.entries()) {
    const call = /requests\.(get|post|put|patch|delete)\(/.exec(line);
    if (!call) continue;
    const window = lines.slice(index, index + 3).join(" ");
    const url = /\{URL\}(\/[^'"\s]*)/.exec(window.slice(window.indexOf(call[0])));
    if (url) found.add(`${call[1]!.toUpperCase()} ${endpointTemplate(url[1]!)}`);
  }
  return [...found].sort();
}

export function extractSeedEndpoints(seeds: { number: string; text: string }[]): SeedEndpoint[] {
  const all: SeedEndpoint[] = [];
  for (const { number, text } of seeds) {
    const provider = SEED_PROVIDERS[number];
    if (!provider) continue;
    const endpoints = provider === "cashlink" ? extractCashlinkEndpoints(text) : extractInvestSuiteEndpoints(text);
    for (const endpoint of endpoints)
      if (!all.some((e) => e.provider === provider && e.endpoint === endpoint)) all.push({ provider, endpoint });
  }
  return all.sort((a, b) => `${a.provider} ${a.endpoint}`.localeCompare(`${b.provider} ${b.endpoint}`));
}

/**
 * What extractSeedEndpoints reads from seeds 000–003, checked in: the seeds live beside the
 * repository (`../shared/seeds/`), which a CI checkout may not have, and a coverage test over
 * an empty list could not fail. seed-endpoints.test.ts compares this with the seeds whenever
 * they are there, so it cannot go stale unnoticed.
 */
export const SEED_ENDPOINT_LIST: readonly SeedEndpoint[] = [
  { provider: "cashlink", endpoint: "GET /v2/investments/{}/" },
  { provider: "cashlink", endpoint: "GET /v2/investors/{}/wallets/" },
  { provider: "cashlink", endpoint: "PATCH /v2/investments/{}/" },
  { provider: "cashlink", endpoint: "PATCH /v2/invitations/{}/" },
  { provider: "cashlink", endpoint: "POST /oauth/token/" },
  { provider: "cashlink", endpoint: "POST /v2/investments/" },
  { provider: "cashlink", endpoint: "POST /v2/invitations/" },
  { provider: "investsuite", endpoint: "DELETE /portfolios/{}/" },
  { provider: "investsuite", endpoint: "GET /events/" },
  { provider: "investsuite", endpoint: "GET /instrument_groups/" },
  { provider: "investsuite", endpoint: "GET /portfolios/" },
  { provider: "investsuite", endpoint: "GET /portfolios/{}/" },
  { provider: "investsuite", endpoint: "GET /suitability-profiler/profiles/{}/" },
  { provider: "investsuite", endpoint: "GET /users/" },
  { provider: "investsuite", endpoint: "PATCH /portfolios/{}/" },
  { provider: "investsuite", endpoint: "POST /events/" },
  { provider: "investsuite", endpoint: "POST /events/deposit/" },
  { provider: "investsuite", endpoint: "POST /events/withdraw/" },
  { provider: "investsuite", endpoint: "POST /portfolios/" },
];
