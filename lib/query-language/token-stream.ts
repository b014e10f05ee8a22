import { readToken, type Token } from "./lexer";
import { expected, type QuerySyntaxError } from "./query-syntax-error";

/** A cursor over the tokens of one query, with the helpers every grammar rule needs. */
export class TokenStream {
  private current: Token;
  private consumedEnd = 0;

  constructor(readonly input: string) {
    this.current = readToken(input, 0);
  }

  peek(): Token {
    return this.current;
  }

  /** Consumes the current token; at the end it stays on `eof`. */
  next(): Token {
    const token = this.current;
    if (token.kind !== "eof") {
      this.consumedEnd = token.end;
      this.current = readToken(this.input, token.end);
    }
    return token;
  }

  /** End offset of the last consumed token, for node spans. */
  previousEnd(): number {
    return this.consumedEnd;
  }

  /** Keywords are case-insensitive: Lucene writes `AND`/`OR`, OData `and`/`or`. */
  isKeyword(token: Token, keyword: string): boolean {
    return token.kind === "word" && token.text.toLowerCase() === keyword;
  }

  isPunct(token: Token, text: string): boolean {
    return token.kind === "punct" && token.text === text;
  }

  /** An "Expected ... but found ..." error pointing at `token`. */
  fail(what: string, token: Token, hint?: string): QuerySyntaxError {
    const found = token.kind === "eof" ? null : token.kind === "string" ? this.input.slice(token.start, token.end) : token.text;
    return expected(what, token.start, found, this.input, hint);
  }
}
