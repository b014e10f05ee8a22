/**
 * Seed "Field Exclusion/Inclusion": `exclude=field__child` drops fields, `only=a,b`
 * keeps only those (nested with `__`).
 */
type Obj = Record<string, unknown>;

function pick(obj: Obj, paths: string[][]): Obj {
  const out: Obj = {};
  for (const [head, ...rest] of paths) {
    if (!head || !(head in obj)) continue;
    const value = obj[head];
    out[head] =
      rest.length > 0 && value && typeof value === "object" && !Array.isArray(value)
        ? { ...(out[head] as Obj | undefined), ...pick(value as Obj, [rest]) }
        : value;
  }
  return out;
}

function drop(obj: Obj, path: string[]): Obj {
  const [head, ...rest] = path;
  if (!head || !(head in obj)) return obj;
  const copy = { ...obj };
  if (rest.length === 0) delete copy[head];
  else if (copy[head] && typeof copy[head] === "object") copy[head] = drop(copy[head] as Obj, rest);
  return copy;
}

export function applyFieldFilters<T extends Obj>(obj: T, q: Record<string, string | undefined>): Obj {
  const split = (v: string | undefined) =>
    (v ?? "")
      .split(",")
      .filter(Boolean)
      .map((f) => f.split("__"));
  let out: Obj = obj;
  const only = split(q.only);
  if (only.length > 0) out = pick(out, only);
  for (const path of split(q.exclude)) out = drop(out, path);
  return out;
}
