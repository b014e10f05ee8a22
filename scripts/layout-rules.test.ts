import { describe, expect, it } from "vitest";

import { codeOf, importsOf, isTestFile, readSource, sourceFiles } from "./lib/source-tree";

/**
 * The layout rules of the README (#21 done-when 2), checked on the source tree so a new
 * file that breaks one fails here. Each finding names the file and what it did.
 */
const files = sourceFiles();

describe("provider wire types stay inside lib/providers/<provider>/", () => {
  it("no file outside lib/providers/ imports a provider's wire schemas", () => {
    const wireSchemas = /^lib\/providers\/[^/]+\/(?:[a-z-]+-)?schemas\.ts$/;
    const found = files
      .filter((file) => !file.startsWith("lib/providers/"))
      .flatMap((file) =>
        importsOf(file)
          .filter((i) => i.target !== null && wireSchemas.test(i.target))
          .map((i) => `${file} imports ${i.specifier}`),
      );
    expect(found).toEqual([]);
  });
});

describe("roles only through the permission table", () => {
  it("no runtime code outside lib/auth compares role names", () => {
    const role = `["'\`](?:ADMIN|STAFF|COMPLIANCE)["'\`]`;
    const comparisons = [
      new RegExp(`(?:===|!==|==|!=)\\s*${role}`),
      new RegExp(`${role}\\s*(?:===|!==|==|!=)`),
      new RegExp(`\\bcase\\s+${role}\\s*:`),
      new RegExp(`\\[\\s*${role}(?:\\s*,\\s*${role})*\\s*,?\\s*\\]\\s*\\.includes\\(`),
    ];
    const found = files
      .filter((file) => !file.startsWith("lib/auth/") && !file.startsWith("sandbox/") && !isTestFile(file) && !isTestHelper(file))
      .flatMap((file) =>
        codeOf(readSource(file))
          .split("\n")
          .flatMap((line, index) => (comparisons.some((c) => c.test(line)) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });
});

/** Test helpers: the test support folder, test-* modules beside the code they help test, and anything importing vitest. */
function isTestHelper(file: string): boolean {
  if (file.startsWith("scripts/test-support/") || /(^|\/)test-[a-z-]+\.ts$/.test(file) || /-test-support\.ts$/.test(file)) {
    return file !== "scripts/lib/test-database.ts";
  }
  return !isTestFile(file) && importsOf(file).some((i) => i.specifier === "vitest" || i.specifier.startsWith("vitest/"));
}

describe("runtime modules never import test helpers", () => {
  it("no module of the app, worker, intake, sandboxes or seed imports a test helper", () => {
    const runtime = /^(lib|app|components|worker|intake|sandbox|prisma)\/|^(proxy|instrumentation-client)\.ts$|^scripts\/start\.ts$/;
    const found = files
      .filter((file) => runtime.test(file) && !isTestFile(file) && !isTestHelper(file))
      .flatMap((file) =>
        importsOf(file)
          .filter((i) => i.specifier === "vitest" || (i.target !== null && (isTestFile(i.target) || isTestHelper(i.target))))
          .map((i) => `${file} imports ${i.specifier}`),
      );
    expect(found).toEqual([]);
  });
});
