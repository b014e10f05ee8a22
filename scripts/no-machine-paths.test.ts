import { execFileSync } from "node:child_process";

import { describe, expect, it } from "vitest";

/**
 * The repository runs on any machine (#21): a path of the machine it was written on
 * (a home or work folder) in a source file, README or comment is wrong everywhere else.
 */
describe("no machine paths in the repository", () => {
  it("no tracked file names an absolute home or work folder", () => {
    // git grep exits 1 when nothing matches; anything it prints is a finding.
    let found = "";
    try {
      found = execFileSync(
        "git",
        ["grep", "-n", "-E", "(^|[^A-Za-z0-9_.])/(work|home|root|Users)/[A-Za-z0-9_.-]+/", "--", ".", ":!package-lock.json"],
        {
          encoding: "utf8",
        },
      );
    } catch (error) {
      if ((error as { status?: number }).status !== 1) throw error;
    }
    expect(found).toBe("");
  });
});
