import { afterAll, beforeAll } from "vitest";

/**
 * Starts what a suite runs against (a sandbox, a test app) in a beforeAll and closes it in an
 * afterAll, where it is called (a describe or the file), so a suite says only what it starts:
 * `const sandbox = forSuite(startHarness);` stands for the let, the beforeAll and the afterAll
 * each suite used to repeat. The answer forwards to the started value, so tests and later hooks
 * read it as the value itself; reading it before the beforeAll has run throws and says so.
 * Something without a close() (a client) is only started.
 */
export function forSuite<T extends object>(start: () => Promise<T>, timeout?: number): T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  }, timeout);
  afterAll(async () => {
    const close = (started as { close?: unknown } | undefined)?.close;
    if (typeof close === "function") await close.call(started);
  });
  const value = (): T => {
    if (started === undefined) throw new Error("forSuite: read before the suite's beforeAll started it");
    return started;
  };
  return new Proxy({} as T, {
    get: (_, key) => {
      const field: unknown = Reflect.get(value(), key);
      // Bound so a method keeps its own `this` (a class's private fields), not the proxy.
      return typeof field === "function" ? field.bind(value()) : field;
    },
    set: (_, key, field) => Reflect.set(value(), key, field),
    has: (_, key) => Reflect.has(value(), key),
    ownKeys: () => Reflect.ownKeys(value()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(value(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}
