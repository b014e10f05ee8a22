import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { signInAs } from "@/scripts/test-support/auth";

/**
 * Done-when 2 (forms): every exported server action in lib/actions/*.ts, found from the
 * source tree so a new action is covered by itself, is fed hostile input as ADMIN (the role
 * every permission allows): NUL, lone surrogates, huge numbers, extreme dates, deep nesting,
 * 100,000-character strings. Each answer must be a validation error or a clear message: no
 * thrown error and never the generic "Something went wrong" of an unexpected failure.
 *
 * Field names come from every zod object exported by lib/validations/*.ts (walked, not
 * listed), so hostile values land in the fields the actions really read; the other fields
 * get plausible values so the input gets past the first check.
 */

// No provider is running: calls fail fast (connection refused) as a clear provider message.
const NOWHERE = "http://127.0.0.1:9";
const PROVIDER_ENV = ["INVESTSUITE_BASE_URL", "WISEALPHA_BASE_URL", "CASHLINK_BASE_URL"] as const;
const savedEnv = PROVIDER_ENV.map((name) => [name, process.env[name]] as const);
process.env.INVESTSUITE_BASE_URL = `${NOWHERE}/investsuite`;
process.env.WISEALPHA_BASE_URL = `${NOWHERE}/wisealpha/v1`;
process.env.CASHLINK_BASE_URL = `${NOWHERE}/cashlink`;
for (const cached of ["investSuite", "wiseAlpha", "cashlink"]) delete (globalThis as Record<string, unknown>)[cached];

type Action = (input: unknown) => Promise<{ serverError?: string } | undefined>;

const actionModules = import.meta.glob(["./*.ts", "!./*.test.ts", "!./safe-action.ts"]);
const validationModules = import.meta.glob(["../validations/*.ts", "!../validations/*.test.ts"], { eager: true });

/** Keys of every zod object reachable from a value (objects, unions, pipes, optionals, effects). */
function fieldNames(value: unknown, into = new Set<string>(), seen = new Set<unknown>(), depth = 0): Set<string> {
  if (!value || typeof value !== "object" || seen.has(value) || depth > 12) return into;
  seen.add(value);
  const v = value as { shape?: Record<string, unknown>; options?: unknown[]; def?: Record<string, unknown> };
  if (v.shape && typeof v.shape === "object") {
    for (const [key, inner] of Object.entries(v.shape)) {
      into.add(key);
      fieldNames(inner, into, seen, depth + 1);
    }
  }
  for (const option of Array.isArray(v.options) ? v.options : []) fieldNames(option, into, seen, depth + 1);
  for (const part of ["innerType", "in", "out", "schema", "element", "left", "right"]) fieldNames(v.def?.[part], into, seen, depth + 1);
  return into;
}

const FIELDS = (() => {
  const names = new Set<string>(["confirm"]);
  for (const mod of Object.values(validationModules)) for (const exported of Object.values(mod as object)) fieldNames(exported, names);
  return [...names].sort();
})();

let deep: unknown = [];
for (let i = 0; i < 10_000; i++) deep = [deep];
let deepObject: unknown = {};
for (let i = 0; i < 2_000; i++) deepObject = { filter: deepObject };

const HOSTILE: unknown[] = [
  "\u0000",
  "ok\u0000ok",
  "\uD800",
  "a\uDFFFb",
  "1e131072",
  "9".repeat(400),
  `-${"9".repeat(400)}`,
  "0000-01-01",
  "275760-09-13",
  "275760-09-13T00:00:00Z",
  "x".repeat(100_000),
  "\u0000".repeat(100_000),
  1e308,
  -1,
  Number.MAX_SAFE_INTEGER + 2,
  Infinity,
  NaN,
  deep,
  deepObject,
  [],
  {},
  null,
  true,
];
const PLAUSIBLE: unknown[] = [
  "P01ARZ3NDEKTSV4RRFFQ69G5FAV",
  "10000001",
  "1",
  "GBP",
  "BUY",
  "SELL",
  "gross",
  "APPROVE",
  "REJECT",
  "Suspected fraud",
  "2024-01-01",
  "100.00",
  "proof_of_address",
  "BE71 0961 2345 6769",
  "GEBABEBB",
  "fuzz@bank.example",
  "A reason that is long enough",
  "ADMIN",
  false,
  5,
];

const inputArb = fc.dictionary(
  fc.constantFrom(...FIELDS),
  fc.oneof({ arbitrary: fc.constantFrom(...PLAUSIBLE), weight: 3 }, { arbitrary: fc.constantFrom(...HOSTILE), weight: 2 }),
  { minKeys: 1, maxKeys: FIELDS.length },
);

/** Every hostile value in every field at once, then each alone among plausible neighbours (fast-check). */
function inputsFor(seed: number): unknown[] {
  const everywhere = HOSTILE.map((value) => Object.fromEntries(FIELDS.map((f) => [f, value])));
  return [...HOSTILE, ...everywhere, ...fc.sample(inputArb, { numRuns: 60, seed })];
}

const describeInput = (input: unknown) => {
  try {
    return JSON.stringify(input, (_k, v: unknown) =>
      typeof v === "string" && v.length > 40 ? `${v.slice(0, 40)}…(${v.length})` : v,
    ).slice(0, 300);
  } catch {
    return "(deeply nested)";
  }
};

beforeAll(async () => {
  await signInAs("ADMIN");
});
afterAll(() => {
  // The worker process may run other files next: give them their environment back.
  for (const [name, value] of savedEnv)
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  for (const cached of ["investSuite", "wiseAlpha", "cashlink"]) delete (globalThis as Record<string, unknown>)[cached];
});

describe("every server action refuses hostile input with a clear answer", async () => {
  const found: [string, Action][] = [];
  for (const [file, load] of Object.entries(actionModules)) {
    const mod = (await load()) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (typeof value === "function") found.push([`${file}:${name}`, value as Action]);
  }

  it("finds the actions from the source tree", () => {
    expect(found.length).toBeGreaterThanOrEqual(30);
    expect(FIELDS).toEqual(expect.arrayContaining(["portfolioId", "paymentReference", "caseId", "orderId", "withdrawalId"]));
  });

  it.each(found)("%s", { timeout: 300_000 }, async (name, action) => {
    await signInAs("ADMIN");
    const failures: string[] = [];
    let seed = 0;
    for (const ch of name) seed = (seed * 31 + ch.charCodeAt(0)) | 0;
    for (const input of inputsFor(seed)) {
      try {
        const result = await action(input);
        if (result?.serverError === GENERIC_ERROR_MESSAGE) failures.push(`generic error for ${describeInput(input)}`);
      } catch (error) {
        failures.push(`threw ${String(error).slice(0, 200)} for ${describeInput(input)}`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
