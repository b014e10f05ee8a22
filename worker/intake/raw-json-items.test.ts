import { describe, expect, it } from "vitest";

import { rawArrayItems } from "./raw-json-items";

describe("rawArrayItems", () => {
  it("returns each element's source text, keeping numbers exactly as sent", () => {
    const page = `{"count": 3, "next": "http://x/?a=[1,2]&b=\\"results\\"", "results": [ {"id":"E1","amount":1234.567890123456789,"n":{"a":[1,{"b":"]"}]}} ,{"id":"E2","big":1e100} , "text, with comma" ], "previous": null}`;
    expect(rawArrayItems(page, "results")).toEqual([
      `{"id":"E1","amount":1234.567890123456789,"n":{"a":[1,{"b":"]"}]}}`,
      `{"id":"E2","big":1e100}`,
      `"text, with comma"`,
    ]);
  });

  it("ignores nested properties of the same name and handles empty arrays", () => {
    expect(rawArrayItems(`{"meta":{"results":[1]},"results":[]}`, "results")).toEqual([]);
    expect(rawArrayItems(`{"meta":{"results":[1]}}`, "results")).toBeNull();
    expect(rawArrayItems(`{"results":{"a":1}}`, "results")).toBeNull();
  });

  it("does not mistake an escaped quote in a key for the end of the key", () => {
    expect(rawArrayItems(`{"x\\"results":[9],"results":[ 7 ]}`, "results")).toEqual(["7"]);
  });
});
