import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it, vi } from "vitest";

import { createSupervisor } from "./processes";

// Each run of the child appends a line, so the file counts how often it was started.
const crashOnce = (file: string) => [
  "-e",
  `const fs=require("fs");fs.appendFileSync(${JSON.stringify(file)},"x\\n");setTimeout(()=>process.exit(fs.readFileSync(${JSON.stringify(file)},"utf8").length>2?0:3),50)`,
];

describe("supervisor", () => {
  const dirs: string[] = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it("starts a non-critical child again after it dies, and never a critical one", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const dir = await mkdtemp(path.join(os.tmpdir(), "supervisor-"));
    dirs.push(dir);
    const fatal: string[] = [];
    const supervisor = createSupervisor((message) => fatal.push(message), { firstMs: 20, maxMs: 40 });

    supervisor.start("worker", process.execPath, crashOnce(path.join(dir, "worker")), process.env, false);
    supervisor.start("web", process.execPath, crashOnce(path.join(dir, "web")), process.env, true);
    await vi.waitFor(async () => expect(await readFile(path.join(dir, "worker"), "utf8")).toMatch(/^(x\n){2,}$/), { timeout: 5_000 });
    await vi.waitFor(() => expect(fatal).toEqual(["web exited (code 3)."]), { timeout: 5_000 });
    expect(await readFile(path.join(dir, "web"), "utf8")).toBe("x\n");
    await supervisor.stopAll(1_000);
  });

  it("starts nothing again once stopping", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const dir = await mkdtemp(path.join(os.tmpdir(), "supervisor-"));
    dirs.push(dir);
    const supervisor = createSupervisor(() => {}, { firstMs: 200, maxMs: 200 });
    supervisor.start("worker", process.execPath, crashOnce(path.join(dir, "worker")), process.env, false);
    await vi.waitFor(async () => expect(await readFile(path.join(dir, "worker"), "utf8")).toBe("x\n"), { timeout: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 100)); // it has exited; its restart is pending
    await supervisor.stopAll(1_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await readFile(path.join(dir, "worker"), "utf8")).toBe("x\n");
  });
});
