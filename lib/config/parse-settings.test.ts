import { z } from "zod";
import { describe, expect, it } from "vitest";

import { parseSettings } from "./parse-settings";

const schema = z.object({ PORT: z.coerce.number().int().default(3000), ROLES: z.string().default("ADMIN") });

describe("parseSettings", () => {
  it("treats an empty variable as not set, unless the schema gives empty a meaning", () => {
    expect(parseSettings(schema, "test settings", { PORT: "", ROLES: "" })).toEqual({ PORT: 3000, ROLES: "ADMIN" });
    expect(parseSettings(schema, "test settings", { ROLES: "" }, { keepEmpty: true })).toEqual({ PORT: 3000, ROLES: "" });
  });

  it("names the variable and the label when a value is bad", () => {
    expect(() => parseSettings(schema, "test settings", { PORT: "eighty" })).toThrow(/Invalid test settings:\n {2}PORT: /);
  });
});
