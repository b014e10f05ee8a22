import { describeFound, QuerySyntaxError } from "./query-syntax-error";

/**
 * Tokens of the query language. Words are classified (field, operator, keyword, value) by
 * the parser, because the same text means different things in different places.
 */
export type Token = {
  kind: "word" | "string" | "punct" | "other" | "eof";
  /** Source text; for strings the decoded content. */
  text: string;
  /** Strings only: decoded literal text split at unescaped `*` wildcards. */
  segments?: string[];
  start: number;
  end: number;
};

/*
 * Quoting rules (the docs only ever show single quotes and define no escaping):
 * - Strings are single-quoted. Inside, a backslash escapes `'`, `\` and `*`
 *   (Lucene's escape character; `*` must be escapable or no string could contain a star).
 *   Any other escape is an error, so a typo cannot silently change a value.
 * - Typographic quotes: the docs' own example `firstname in [’tom', ‘thomas’]` was mangled by
 *   a typesetter. We accept `‘` and `’` as *opening* quotes, and such a string closes at `’`
 *   or `'`. A string opened with an ASCII `'` closes only at `'`, so `'O’Brien'` (the
 *   apostrophe iOS keyboards type) stays one value. Accepting them changes the meaning of no
 *   query that was valid before: an unquoted value cannot contain these characters.
 * - Double quotes (Lucene phrases) are not part of the language; they lex as "other" so the
 *   parser can report them in context.
 */
const PUNCT = new Set(["[", "]", "(", ")", ","]);
const ASCII_QUOTE = "'";
const TYPOGRAPHIC_OPENERS = new Set(["\u2018", "\u2019"]);
const OTHER = new Set(['"', "\u201C", "\u201D"]);
const ESCAPABLE = new Set(["'", "\\", "*", "\u2018", "\u2019"]);

function isBoundary(ch: string): boolean {
  return /\s/.test(ch) || PUNCT.has(ch) || ch === ASCII_QUOTE || TYPOGRAPHIC_OPENERS.has(ch) || OTHER.has(ch);
}

/**
 * The token starting at or after `position` (whitespace skipped); `eof` at the end.
 * Lexing is on demand, so a parse error earlier in the query is reported before a
 * lexing error (e.g. an unterminated quote) further on.
 */
export function readToken(input: string, position: number): Token {
  let i = position;
  while (i < input.length && /\s/.test(input.charAt(i))) i++;
  if (i >= input.length) return { kind: "eof", text: "", start: input.length, end: input.length };
  const ch = input.charAt(i);
  if (PUNCT.has(ch)) return { kind: "punct", text: ch, start: i, end: i + 1 };
  if (OTHER.has(ch)) return { kind: "other", text: ch, start: i, end: i + 1 };
  if (ch === ASCII_QUOTE || TYPOGRAPHIC_OPENERS.has(ch)) return readString(input, i);
  const start = i;
  while (i < input.length && !isBoundary(input.charAt(i))) i++;
  return { kind: "word", text: input.slice(start, i), start, end: i };
}

function readString(input: string, start: number): Token {
  const opener = input.charAt(start);
  const closers = opener === ASCII_QUOTE ? [ASCII_QUOTE] : [ASCII_QUOTE, "\u2019"];
  const segments: string[] = [];
  let current = "";
  let i = start + 1;
  while (i < input.length) {
    const ch = input.charAt(i);
    if (closers.includes(ch)) {
      segments.push(current);
      return { kind: "string", text: segments.join("*"), segments, start, end: i + 1 };
    }
    if (ch === "\\") {
      const next = i + 1 < input.length ? input.charAt(i + 1) : null;
      if (next === null || !ESCAPABLE.has(next)) {
        throw new QuerySyntaxError(
          `Expected \\', \\\\ or \\* after the backslash at position ${i} but found ${describeFound(next)}`,
          i,
          input,
        );
      }
      current += next;
      i += 2;
    } else if (ch === "*") {
      segments.push(current);
      current = "";
      i++;
    } else {
      current += ch;
      i++;
    }
  }
  throw new QuerySyntaxError(
    `Expected a closing quote (') for the string starting at position ${start} but found end of input`,
    start,
    input,
  );
}
