import type { EventBus } from "./events-outbound";
import type { State } from "./state";

/** What route handlers and scenarios share: the state, the outbound bus and the clock. */
export type Runtime = {
  state: State;
  bus: EventBus;
  markDirty(): void;
  now(): number;
};
