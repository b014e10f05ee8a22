import { describe, expect, it } from "vitest";

import { decodeQueryParam, encodeQueryParam, isUrlForm } from "./url-form";
import { catchError } from "./test-helpers";

describe("URL form", () => {
  it.each([
    ["email+eq+'jane*'", true],
    ["age%20gt%2018", true],
    ["email eq 'a+b'", false],
    ["orderby\tage", false],
    ["", false],
    ["age", false],
  ])("isUrlForm(%s) = %s", (input, expected) => {
    expect(isUrlForm(input)).toBe(expected);
  });

  it("decodes like a form decoder", () => {
    expect(decodeQueryParam("name+eq+'a+b%2Bc%27'")).toBe("name eq 'a b+c''");
    expect(decodeQueryParam("x+eq+'%C3%A9'")).toBe("x eq 'é'");
  });

  it("rejects broken escapes with their position", () => {
    expect(catchError(() => decodeQueryParam("a+eq+'%2")).position).toBe(6);
    expect(catchError(() => decodeQueryParam("a+eq+'%FF'")).message).toBe(
      "Expected a percent-encoded byte (%XX) at position 6 but found '%FF'",
    );
  });

  it("encodes spaces as + and keeps the docs' punctuation readable", () => {
    expect(encodeQueryParam("a in ['x', 'y+z'] orderby b desc")).toBe("a+in+['x',+'y%2Bz']+orderby+b+desc");
    expect(encodeQueryParam("portfolio.$USD eq 'a@b:c'")).toBe("portfolio.$USD+eq+'a@b:c'");
    expect(decodeQueryParam(encodeQueryParam("t eq '100% & ü\n'"))).toBe("t eq '100% & ü\n'");
  });
});
