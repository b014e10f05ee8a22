/**
 * The source text of each element of a top-level array property, e.g. the `results` of
 * a DRF page. Events are stored as the bytes the provider sent (lib/events/stored-event.ts:
 * JSONB keeps numbers exact), and re-serialising a parsed object would round long
 * numbers through a float; Node 20 has no source-text reviver, so we slice instead.
 * Assumes well-formed JSON (the caller has already parsed the same text).
 */
export function rawArrayItems(json: string, key: string): string[] | null {
  let depth = 0;
  for (let i = 0; i < json.length;) {
    const ch = json[i];
    if (ch === '"') {
      const end = stringEnd(json, i);
      if (depth === 1) {
        let j = skipSpace(json, end);
        // A string followed by ':' at depth 1 is a property name of the top-level object.
        if (json[j] === ":" && JSON.parse(json.slice(i, end)) === key) {
          j = skipSpace(json, j + 1);
          return json[j] === "[" ? itemsFrom(json, j) : null;
        }
      }
      i = end;
      continue;
    }
    if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") depth--;
    i++;
  }
  return null;
}

/** Elements of the array whose '[' is at `open`. */
function itemsFrom(json: string, open: number): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = open + 1; i < json.length;) {
    const ch = json[i] as string;
    if (ch === '"') {
      if (start < 0) start = i;
      i = stringEnd(json, i);
      continue;
    }
    if (depth === 0 && (ch === "," || ch === "]")) {
      if (start >= 0) items.push(json.slice(start, i).trimEnd());
      if (ch === "]") return items;
      start = -1;
    } else {
      if (start < 0 && !isSpace(ch)) start = i;
      if (ch === "{" || ch === "[") depth++;
      else if (ch === "}" || ch === "]") depth--;
    }
    i++;
  }
  throw new Error("Unterminated JSON array.");
}

/** Index just past the closing quote of the string starting at `start`. */
function stringEnd(json: string, start: number): number {
  for (let i = start + 1; i < json.length; i++) {
    if (json[i] === "\\") i++;
    else if (json[i] === '"') return i + 1;
  }
  throw new Error("Unterminated JSON string.");
}

function skipSpace(json: string, from: number): number {
  let i = from;
  while (i < json.length && isSpace(json[i] as string)) i++;
  return i;
}

function isSpace(ch: string): boolean {
  return ch === " " || ch === "\n" || ch === "\r" || ch === "\t";
}
