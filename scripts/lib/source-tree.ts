import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** The repository root (this file is scripts/lib/source-tree.ts). */
export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

/** Every TypeScript source file of the checkout, tracked or new (not ignored), relative to the root. */
export function sourceFiles(): string[] {
  const listed = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "--", "*.ts", "*.tsx"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return listed.split("\n").filter((file) => file !== "" && !file.startsWith("generated/") && existsSync(path.join(ROOT, file)));
}

export const isTestFile = (file: string) => /\.(test|spec)\.tsx?$/.test(file) || file.startsWith("e2e/");

export function readSource(file: string): string {
  return readFileSync(path.join(ROOT, file), "utf8");
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g;

/** What a file imports: each specifier, and the repository file it names (null for packages). */
export function importsOf(file: string, source = readSource(file)): { specifier: string; target: string | null }[] {
  return [...source.matchAll(IMPORT)].map(([, specifier]) => ({ specifier: specifier!, target: resolveImport(file, specifier!) }));
}

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  else return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base.replace(/\.js$/, ".ts")];
  return candidates.find((candidate) => /\.tsx?$/.test(candidate) && existsSync(path.join(ROOT, candidate))) ?? base;
}

/** Source text without comments and string contents' line breaks kept, so rules do not match prose. */
export function codeOf(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " ")).replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}
