import { describe, expect, it } from "vitest";

import { isJobOutcomeWrite } from "./job-outcome-guard";

const withStack = (stack: string) => Object.assign(new Error("timeout exceeded when trying to connect"), { stack });

describe("isJobOutcomeWrite", () => {
  it("recognises pg-boss's un-awaited complete/fail (the stack of the crash seen under load)", () => {
    const stack = `Error: timeout exceeded when trying to connect
    at /app/node_modules/pg-pool/index.js:45:11
    at async Db.executeSql (/app/node_modules/pg-boss/src/db.js:42:14)
    at async Manager.fail (/app/node_modules/pg-boss/src/manager.js:493:20)`;
    expect(isJobOutcomeWrite(withStack(stack))).toBe(true);
    expect(isJobOutcomeWrite(withStack(stack.replace("Manager.fail", "Manager.complete")))).toBe(true);
  });

  it("leaves every other rejection to end the process", () => {
    expect(isJobOutcomeWrite(withStack("Error: x\n    at async Manager.send (/app/node_modules/pg-boss/src/manager.js:1:1)"))).toBe(false);
    expect(isJobOutcomeWrite(withStack("Error: x\n    at async syncCustomers (/app/lib/customers/sync-customers.ts:1:1)"))).toBe(false);
    expect(isJobOutcomeWrite("a string")).toBe(false);
  });
});
