import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

/**
 * Issue #18, done-when 2: lists are drawn by the kit. Outside components/ui no file renders its own
 * <table> or pager, every page's URL state goes through nuqs (an area's lib/<area>/url-state.ts
 * loader), and no date is formatted by cutting a string (lib/format does dates).
 */

const ROOT = process.cwd();

/** Not a list's state: the sign-in form reads where to go after signing in. */
const NOT_LIST_STATE = ["components/shell/login-form.tsx"];

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path.relative(ROOT, full));
  }
  return out;
}

const uiFiles = [...walk(path.join(ROOT, "app")), ...walk(path.join(ROOT, "components"))].filter((f) => !f.startsWith("components/ui/"));

/** The rule's offending files: each is a file path and what was found. */
function offenders(files: string[], patterns: RegExp[]): string[] {
  return files.flatMap((file) => {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    return patterns.filter((p) => p.test(source)).map((p) => `${file}: ${p.source}`);
  });
}

export const OWN_TABLE = [/<table[\s>]/];
export const OWN_PAGER = [/components\/ui\/pager"/, /aria-label="(Pages|Pagination)"/, /Rows per page/];
export const HAND_READ_URL_STATE = [/readParams\(/, /useSearchParams\(/];
export const CUT_DATE = [/\.slice\(0, ?(10|16|19)\)/, /\.replace\("T", " "\)/, /\.split\("T"\)\[0\]/, /toISOString\(\)\.slice/];

describe("the list kit is the only way to draw a list", () => {
  it("finds the rules' patterns in a sample (the rules can fail)", () => {
    expect(OWN_TABLE.some((p) => p.test('<table className="w-full">'))).toBe(true);
    expect(OWN_PAGER.some((p) => p.test('<nav aria-label="Pagination">'))).toBe(true);
    expect(HAND_READ_URL_STATE.some((p) => p.test("readParams(await searchParams, KEYS)"))).toBe(true);
    expect(CUT_DATE.some((p) => p.test('iso.replace("T", " ").slice(0, 19)'))).toBe(true);
  });

  it("no file outside components/ui renders its own <table>", () => {
    expect(offenders(uiFiles, OWN_TABLE)).toEqual([]);
  });

  it("no file outside components/ui renders its own pager", () => {
    expect(offenders(uiFiles, OWN_PAGER)).toEqual([]);
  });

  it("pages read URL state through nuqs, not by hand", () => {
    expect(
      offenders(
        uiFiles.filter((f) => !NOT_LIST_STATE.includes(f)),
        HAND_READ_URL_STATE,
      ),
    ).toEqual([]);
    const pages = uiFiles.filter((f) => f.endsWith("page.tsx"));
    const byHand = pages.filter((f) => {
      const source = readFileSync(path.join(ROOT, f), "utf8");
      return /searchParams/.test(source) && !/from "nuqs\/server"|\/url-state"/.test(source);
    });
    expect(byHand).toEqual([]);
  });

  it("no date is formatted by cutting a string", () => {
    // Machine output (CSV/NDJSON exports, file names) keeps ISO text, and validation compares ISO days: neither is shown as a date.
    const shown = uiFiles.filter((f) => !f.startsWith("app/api/"));
    const lib = walk(path.join(ROOT, "lib")).filter((f) => !/^lib\/(format|validations)\//.test(f));
    expect(offenders([...shown, ...lib], CUT_DATE)).toEqual([]);
  });
});
