/**
 * A domain rule the person broke (a state machine's or a case's refusal): its message is
 * written for them. A decision turns it into a CONFLICT they read (lib/db/decision.ts).
 */
export class RuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
