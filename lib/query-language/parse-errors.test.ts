import { describe, expect, it } from "vitest";

import { parseQuery, QuerySyntaxError } from "./parse";
import { catchError } from "./test-helpers";

/** [input, position, exact message] */
type Case = readonly [string, number, string];

function expectError([input, position, message]: Case) {
  const error = catchError(() => parseQuery(input));
  expect(error).toBeInstanceOf(QuerySyntaxError);
  expect(error).toBeInstanceOf(Error);
  expect(error.message).toBe(message);
  expect(error.position).toBe(position);
  expect(error.input).toBe(input);
}

describe("QuerySyntaxError positions and messages", () => {
  it.each<Case>([
    ["email eq 'jane", 9, "Expected a closing quote (') for the string starting at position 9 but found end of input"],
    ["a eq 'x' and b eq 'y", 18, "Expected a closing quote (') for the string starting at position 18 but found end of input"],
    [String.raw`a eq 'x\'`, 5, "Expected a closing quote (') for the string starting at position 5 but found end of input"],
    [String.raw`a eq 'x\n'`, 7, String.raw`Expected \', \\ or \* after the backslash at position 7 but found 'n'`],
  ])("unterminated quote / bad escape: %s", (...c) => expectError(c));

  it.each<Case>([
    ["email eq", 8, "Expected a value ('quoted string', word, number, true, false or null) at position 8 but found end of input"],
    ["email eq and age gt 1", 9, "Expected a value ('quoted string', word, number, true, false or null) at position 9 but found 'and'"],
    ["email eq )", 9, "Expected a value ('quoted string', word, number, true, false or null) at position 9 but found ')'"],
    ['email eq "jane"', 9, "Expected a value ('quoted string', word, number, true, false or null) at position 9 but found '\"'"],
    ["age", 3, "Expected an operator (eq, neq, lt, le, gt, ge, in) at position 3 but found end of input"],
    ["age gt null", 7, "Expected a number, string or date to compare with 'gt' at position 7 but found 'null'"],
    ["age lt true", 7, "Expected a number, string or date to compare with 'lt' at position 7 but found 'true'"],
    [
      "email le 'a*'",
      9,
      "Expected a number, string or date to compare with 'le' at position 9 but found ''a*'' (wildcards only work with eq, neq and in lists)",
    ],
  ])("missing or wrong value: %s", (...c) => expectError(c));

  it.each<Case>([
    ["email equals 'x'", 6, "Expected an operator (eq, neq, lt, le, gt, ge, in) at position 6 but found 'equals'"],
    ["age ne 1", 4, "Expected an operator (eq, neq, lt, le, gt, ge, in) at position 4 but found 'ne' (not-equal is spelled 'neq')"],
    [
      "field is null",
      6,
      "Expected an operator (eq, neq, lt, le, gt, ge, in) at position 6 but found 'is' (use 'eq null' or 'neq null'; 'is' is not supported)",
    ],
    ["a constructor 1", 2, "Expected an operator (eq, neq, lt, le, gt, ge, in) at position 2 but found 'constructor'"],
    ["age = 1", 4, "Expected an operator (eq, neq, lt, le, gt, ge, in) at position 4 but found '='"],
    ["age 'eq' 1", 4, "Expected an operator (eq, neq, lt, le, gt, ge, in) at position 4 but found ''eq''"],
  ])("unknown operator: %s", (...c) => expectError(c));

  it.each<Case>([
    ["(a eq 1", 7, "Expected ')' to close the '(' at position 0 at position 7 but found end of input"],
    ["(a eq 1 or (b eq 2)", 19, "Expected ')' to close the '(' at position 0 at position 19 but found end of input"],
    ["a eq 1)", 6, "Expected 'and', 'or', 'orderby' or end of query at position 6 but found ')' (no matching '(')"],
    [")", 0, "Expected a field name at position 0 but found ')' (no matching '(')"],
    ["()", 1, "Expected a field name at position 1 but found ')'"],
    ["a in ['x'", 9, "Expected ',' or ']' in the list at position 9 but found end of input"],
    ["a in ['x', 'y') and b eq 1", 14, "Expected ',' or ']' in the list at position 14 but found ')'"],
    ["a in 'x']", 5, "Expected '[' to start the list after 'in' at position 5 but found ''x''"],
    ["a in []", 6, "Expected a value ('quoted string', word, number, true, false or null) at position 6 but found ']'"],
    ["a eq 1]", 6, "Expected 'and', 'or', 'orderby' or end of query at position 6 but found ']'"],
    ["a in ['x',]", 10, "Expected a value ('quoted string', word, number, true, false or null) at position 10 but found ']'"],
  ])("unbalanced brackets and parentheses: %s", (...c) => expectError(c));

  it.each<Case>([
    ["d in ['x' to]", 12, "Expected a value ('quoted string', word, number, true, false or null) at position 12 but found ']'"],
    ["d in [to 'y']", 6, "Expected a value ('quoted string', word, number, true, false or null) at position 6 but found 'to'"],
    [
      "d in ['x' to 'y' to 'z']",
      17,
      "Expected ']' to close the range at position 17 but found 'to' (a range has exactly two bounds: [a to b])",
    ],
    [
      "d in ['x', 'y' to 'z']",
      15,
      "Expected ',' or ']' in the list at position 15 but found 'to' (a range has exactly two bounds: [a to b])",
    ],
    [
      "d in ['x' to 'y', 'z']",
      16,
      "Expected ']' to close the range at position 16 but found ',' (a range has exactly two bounds: [a to b])",
    ],
    ["d in [null to 'y']", 6, "Expected a number, string or date as the range's lower bound at position 6 but found 'null'"],
    [
      "d in ['x' to '*']",
      13,
      "Expected a number, string or date as the range's upper bound at position 13 but found ''*'' (wildcards only work with eq, neq and in lists)",
    ],
  ])("range arity and bounds: %s", (...c) => expectError(c));

  it.each<Case>([
    ["orderby age a eq 1", 12, "Expected ',' or end of query at position 12 but found 'a' (orderby must be the last term)"],
    ["orderby age and a eq 1", 12, "Expected ',' or end of query at position 12 but found 'and' (orderby must be the last term)"],
    ["a eq 1 and orderby b", 11, "Expected a field name at position 11 but found 'orderby'"],
    [
      "(a eq 1 orderby b)",
      8,
      "Expected ')' to close the '(' at position 0 at position 8 but found 'orderby' (orderby cannot be inside parentheses)",
    ],
    ["orderby a orderby b", 10, "Expected ',' or end of query at position 10 but found 'orderby' (orderby must be the last term)"],
  ])("orderby not last: %s", (...c) => expectError(c));

  it.each<Case>([
    ["orderby", 7, "Expected a field name to order by at position 7 but found end of input"],
    ["a eq 1 orderby", 14, "Expected a field name to order by at position 14 but found end of input"],
    ["orderby age,", 12, "Expected a field name to order by at position 12 but found end of input"],
    ["orderby , age", 8, "Expected a field name to order by at position 8 but found ','"],
    ["orderby desc", 8, "Expected a field name to order by at position 8 but found 'desc'"],
    ["orderby age, ASC", 13, "Expected a field name to order by at position 13 but found 'ASC'"],
  ])("empty orderby: %s", (...c) => expectError(c));

  it.each<Case>([
    ["a eq 1 b", 7, "Expected 'and', 'or', 'orderby' or end of query at position 7 but found 'b'"],
    ["a eq 'x' 'y'", 9, "Expected 'and', 'or', 'orderby' or end of query at position 9 but found ''y''"],
    ["a eq 1 and", 10, "Expected a field name at position 10 but found end of input"],
    ["a eq 1 or or b eq 2", 10, "Expected a field name at position 10 but found 'or'"],
    ["1abc eq 2", 0, "Expected a field name at position 0 but found '1abc'"],
    ["a..b eq 2", 0, "Expected a field name at position 0 but found 'a..b'"],
    ["and eq 2", 0, "Expected a field name at position 0 but found 'and'"],
    [String.raw`name eq 'O'Brien'`, 11, "Expected 'and', 'or', 'orderby' or end of query at position 11 but found 'Brien'"],
  ])("trailing garbage and bad fields: %s", (...c) => expectError(c));

  const VALUE = "a value ('quoted string', word, number, true, false or null)";
  it.each<Case>([
    ["age eq", 6, `Expected ${VALUE} at position 6 but found end of input`],
    ["age lt", 6, `Expected ${VALUE} at position 6 but found end of input`],
    ["age le [18]", 7, `Expected ${VALUE} at position 7 but found '['`],
    ["age gt 18 19", 10, "Expected 'and', 'or', 'orderby' or end of query at position 10 but found '19'"],
    ["age ge null", 7, "Expected a number, string or date to compare with 'ge' at position 7 but found 'null'"],
    ["email eq john doe*", 14, "Expected 'and', 'or', 'orderby' or end of query at position 14 but found 'doe*'"],
    ["email eq '*gmail.com", 9, "Expected a closing quote (') for the string starting at position 9 but found end of input"],
    ["archived eq tru e", 16, "Expected 'and', 'or', 'orderby' or end of query at position 16 but found 'e'"],
    ["field neq", 9, `Expected ${VALUE} at position 9 but found end of input`],
    ["field eq is null", 12, "Expected 'and', 'or', 'orderby' or end of query at position 12 but found 'null'"],
    ["field in ['value1' 'value2']", 19, "Expected ',' or ']' in the list at position 19 but found ''value2''"],
    ["lastmodified in ['20200101' '20210101']", 28, "Expected ',' or ']' in the list at position 28 but found ''20210101''"],
    ["lastmodified in '20200101' to '20210101'", 16, "Expected '[' to start the list after 'in' at position 16 but found ''20200101''"],
    ["email eq kristof and", 20, "Expected a field name at position 20 but found end of input"],
    ["or email eq kristof", 0, "Expected a field name at position 0 but found 'or'"],
    ["email eq kristof or and age gt 18", 20, "Expected a field name at position 20 but found 'and'"],
  ])("invalid use of a documented operator: %s", (...c) => expectError(c));

  it("hints at common near-misses", () => {
    expectError([
      "a eq 1 order by b",
      7,
      "Expected 'and', 'or', 'orderby' or end of query at position 7 but found 'order' (write 'orderby' as one word)",
    ]);
  });

  it("limits nesting so hostile input cannot overflow the stack", () => {
    const nested = (depth: number) => `${"(".repeat(depth)}a eq 1${")".repeat(depth)}`;
    expect(() => parseQuery(nested(32))).not.toThrow();
    expectError([nested(33), 32, "Expected at most 32 nested parentheses at position 32 but found '('"]);
  });

  it("handles long flat chains without recursion", () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => `f${i} eq ${i}`).join(" and ");
    const filter = parseQuery(chain).filter;
    expect(filter?.type === "and" && filter.children.length).toBe(20_000);
  });
});
