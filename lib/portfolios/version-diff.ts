/**
 * Field-by-field difference between two versions of a portfolio, as InvestSuite's Admin
 * Console shows it (seed 001 "Immutability"). Pure: the versions page and its tests use it.
 *
 * Objects are flattened to dot paths (`config.manager_settings.policy_id`, `portfolio.$USD`);
 * arrays are compared whole (tags, readable_by), since an element's position carries no
 * meaning of its own. The version metadata (version number, time, author) is left out: it
 * changes with every version and is shown above the diff instead.
 */

export type DiffKind = "added" | "removed" | "changed";
export type DiffRow = { path: string; kind: DiffKind; before: string | null; after: string | null };

const METADATA = new Set(["version", "version_datetime", "version_authored_by_user_id", "_embedded"]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Leaves of `value` by dot path; an empty object is a leaf of its own (`{}`), so "emptied" shows. */
export function flatten(value: unknown, prefix = "", out = new Map<string, string>()): Map<string, string> {
  if (isObject(value)) {
    const keys = Object.keys(value).filter((k) => prefix !== "" || !METADATA.has(k));
    if (keys.length === 0 && prefix !== "") out.set(prefix, "{}");
    for (const key of keys) flatten(value[key], prefix ? `${prefix}.${key}` : key, out);
    return out;
  }
  // Strings stay as they are (decimal text keeps its digits); everything else as JSON.
  out.set(prefix, typeof value === "string" ? value : JSON.stringify(value ?? null));
  return out;
}

/** Rows for every path whose value differs, in path order. Missing and null are different (a key removed vs set to null). */
export function diffVersions(before: unknown, after: unknown): DiffRow[] {
  const a = flatten(before);
  const b = flatten(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  const rows: DiffRow[] = [];
  for (const path of paths) {
    const x = a.get(path);
    const y = b.get(path);
    if (x === y) continue;
    if (x === undefined) rows.push({ path, kind: "added", before: null, after: y ?? null });
    else if (y === undefined) rows.push({ path, kind: "removed", before: x, after: null });
    else rows.push({ path, kind: "changed", before: x, after: y });
  }
  return rows;
}
