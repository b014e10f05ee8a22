/**
 * A query the parser cannot accept. A server maps it to a 400 and can point at `position`.
 *
 * `position` is a 0-based character index into `input`, the text that was actually parsed.
 * That is the URL-decoded query, so it can differ from the raw request URL.
 */
export class QuerySyntaxError extends Error {
  readonly position: number;
  readonly input: string;

  constructor(message: string, position: number, input: string) {
    super(message);
    this.name = "QuerySyntaxError";
    this.position = position;
    this.input = input;
  }
}

/** Renders a found token for messages: `'equals'`, or `end of input`. */
export function describeFound(text: string | null): string {
  return text === null ? "end of input" : `'${text}'`;
}

/** The one message shape every syntax error uses, so clients can show it verbatim. */
export function expected(what: string, position: number, found: string | null, input: string, hint?: string) {
  const suffix = hint ? ` (${hint})` : "";
  return new QuerySyntaxError(`Expected ${what} at position ${position} but found ${describeFound(found)}${suffix}`, position, input);
}
