import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { signInAs, signOut } from "@/scripts/test-support/auth";

import { hasPermission, isPermission, PUBLIC_PAGES, PUBLIC_ROUTES } from "./permissions";

/**
 * Enumerates every server action, route handler and page from the source tree and
 * proves each one checks a permission from the table *itself*: called directly,
 * with no UI in between, as nobody and as each role.
 */
async function files(dir: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && pattern.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

type ActionResult = { serverError?: string; validationErrors?: unknown; data?: unknown };
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

describe("server actions", async () => {
  const sources = (await files("lib", /\.tsx?$/)).concat(await files("app", /\.tsx?$/), await files("components", /\.tsx?$/));
  const serverFiles: string[] = [];
  for (const file of sources) if (/^\s*["']use server["']/m.test(await readFile(file, "utf8"))) serverFiles.push(file);

  it("live only in lib/actions", () => {
    expect(serverFiles.length).toBeGreaterThan(0);
    for (const file of serverFiles) expect(file.startsWith(path.join("lib", "actions"))).toBe(true);
  });

  for (const file of serverFiles) {
    const actions = Object.entries(await import(`@/${file.replace(/\.tsx?$/, "")}`)).filter(([, v]) => typeof v === "function") as [
      string,
      (input: unknown) => Promise<ActionResult>,
    ][];
    for (const [name, action] of actions) {
      it(`${file} → ${name} refuses anonymous callers and names a permission from the table`, async () => {
        signOut();
        expect((await action({})).serverError).toMatch(/sign in/i);

        // Every role either passes the guard (and then fails only on the empty input) or is refused naming the permission.
        const refusedFor: string[] = [];
        let permission: string | undefined;
        for (const role of ["STAFF", "COMPLIANCE", "ADMIN"] as const) {
          await signInAs(role);
          const result = await action({});
          const match = result.serverError?.match(/does not allow this \(([\w.]+)\)/);
          if (match) {
            refusedFor.push(role);
            permission = match[1];
          } else {
            expect(result.validationErrors ?? result.serverError).toBeDefined();
          }
        }
        if (permission) {
          expect(isPermission(permission)).toBe(true);
          for (const role of refusedFor) expect(hasPermission(role, permission)).toBe(false);
        }
      });
    }
  }
});

describe("route handlers", async () => {
  const routes = await files("app", /^route\.ts$/);

  it("are found", () => expect(routes.length).toBeGreaterThan(0));

  for (const file of routes) {
    const mod = (await import(`@/${file.replace(/\.ts$/, "")}`)) as Record<string, unknown>;
    const methods = HTTP_METHODS.filter((m) => typeof mod[m] === "function");
    if (PUBLIC_ROUTES[file]) {
      it(`${file} is public on purpose: ${PUBLIC_ROUTES[file]}`, () => expect(methods.length).toBeGreaterThan(0));
      continue;
    }
    for (const method of methods) {
      it(`${file} ${method} answers 401 without a session and 403 to roles outside the table`, async () => {
        const handler = mod[method] as (req: Request, ctx: unknown) => Promise<Response>;
        const call = () => handler(new Request(`http://localhost/${file}`, { method }), { params: Promise.resolve({}) });
        signOut();
        expect((await call()).status).toBe(401);
        for (const role of ["STAFF", "COMPLIANCE", "ADMIN"] as const) {
          await signInAs(role);
          const response = await call();
          expect(response.status).not.toBe(401);
          if (response.status === 403) {
            const body = (await response.json()) as { error: { message: string } };
            const permission = body.error.message.match(/allow this \(([\w.]+)\)/)?.[1] ?? "";
            expect(isPermission(permission)).toBe(true);
            expect(hasPermission(role, permission)).toBe(false);
          }
        }
      });
    }
  }
});

describe("pages", async () => {
  const pages = await files("app", /^page\.tsx$/);
  it.each(pages)("%s checks a permission from the table or is listed as public", async (file) => {
    const source = await readFile(file, "utf8");
    if (PUBLIC_PAGES[file]) return;
    // Directly, or through the detail-page opening (components/ui/detail-page.tsx), whose first step it is.
    const match =
      source.match(/requirePagePermission\("([\w.]+)"\)/) ??
      source.match(/openDetailPage\(params, "([\w.]+)"/) ??
      source.match(/openProviderDetailPage\(params, \{\s*permission: "([\w.]+)"/);
    expect(match, `${file} must call requirePagePermission(...), openDetailPage or openProviderDetailPage`).not.toBeNull();
    expect(isPermission(match![1]!)).toBe(true);
  });
});
