import { readFile } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import path from "node:path";
import { gunzipSync, inflateSync } from "node:zlib";

/** One request from a .http file, as the seed wrote it. */
export type HttpFileRequest = { method: string; target: string; headers: [string, string][]; body: string | null };

const CONTRACT_DIR = path.dirname(new URL(import.meta.url).pathname);

/**
 * Parses the request of a .http file: leading `#` comment lines, a request line that may
 * run over several lines (seed 001 breaks `?embed=…` / `&limit=2` onto their own lines,
 * seed 002 spreads a query over lines with spaces), headers, a blank line, the raw body.
 */
export function parseHttpFile(text: string): HttpFileRequest {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  let i = 0;
  while (i < lines.length && (/^\s*(#|\/\/)/.test(lines[i] ?? "") || (lines[i] ?? "").trim() === "")) i++;

  let requestLine = "";
  for (; i < lines.length; i++) {
    const piece = (lines[i] ?? "").trim();
    // `?…`/`&…` continue a URL; after `=`, `?` or `&` nothing is inserted; otherwise the line break was a space.
    const glue = requestLine === "" || /^[?&]/.test(piece) || /[=?&]$/.test(requestLine) ? "" : " ";
    requestLine += glue + piece;
    if (/\sHTTP\/\d(\.\d)?$/.test(requestLine)) break;
  }
  const match = /^([A-Z]+)\s+(.+?)\s+HTTP\/\d(?:\.\d)?$/.exec(requestLine);
  if (!match?.[1] || !match[2]) throw new Error(`no request line in:\n${text}`);

  const headers: [string, string][] = [];
  for (i++; i < lines.length && (lines[i] ?? "").trim() !== ""; i++) {
    const line = lines[i] ?? "";
    const colon = line.indexOf(":");
    headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  const body = lines
    .slice(i + 1)
    .join("\n")
    .replace(/\s+$/, "");
  return { method: match[1], target: match[2], headers, body: body === "" ? null : body };
}

export async function loadHttpFile(name: string): Promise<HttpFileRequest> {
  return parseHttpFile(await readFile(path.join(CONTRACT_DIR, name), "utf8"));
}

export type Substitutions = { baseUrl: string; token?: string; vars?: Record<string, string> };

/**
 * Sends a parsed request with only three kinds of change: the base URL (and so the Host
 * header), the `{string}` bearer token, and `{{placeholders}}` for ids made earlier in the
 * run. Spaces left in the target become `+`, as the docs recommend for queries. node:http
 * rather than fetch, so headers such as `Connection: Keep-Alive` go out as written.
 */
export async function sendHttpFile(req: HttpFileRequest, { baseUrl, token, vars = {} }: Substitutions) {
  const fill = (text: string) =>
    text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = vars[name];
      if (value === undefined) throw new Error(`no value for {{${name}}}`);
      return value;
    });
  const base = new URL(baseUrl);
  const target = fill(req.target).replace(/ /g, "+");
  const headers: [string, string][] = req.headers.map(([name, value]) => {
    if (name.toLowerCase() === "host") return [name, base.host];
    if (name.toLowerCase() === "authorization" && token !== undefined) return [name, value.replace("{string}", token)];
    return [name, fill(value)];
  });
  const body = req.body === null ? undefined : Buffer.from(fill(req.body), "utf8");
  if (body) headers.push(["Content-Length", String(body.length)]);

  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string; json: () => unknown }>(
    (resolve, reject) => {
      const outgoing = httpRequest(
        {
          host: base.hostname,
          port: base.port,
          method: req.method,
          path: `${base.pathname.replace(/\/$/, "")}${target}`,
          headers: headers.flat(),
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            const raw = Buffer.concat(chunks);
            const encoding = res.headers["content-encoding"];
            const text = (encoding === "gzip" ? gunzipSync(raw) : encoding === "deflate" ? inflateSync(raw) : raw).toString("utf8");
            resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as unknown });
          });
        },
      );
      outgoing.on("error", reject);
      outgoing.end(body);
    },
  );
}
