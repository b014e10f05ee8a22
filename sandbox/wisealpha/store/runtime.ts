import { profileJson } from "../domain/profile";
import type { WebhookDispatcher } from "../events/webhooks";
import { nextId } from "./ids";
import type { Customer, State, WaEvent } from "./types";

/**
 * What route handlers share: the state, the clock, persistence and event emission.
 * `now` is injectable so tests can pin time.
 */
export type Runtime = {
  state: State;
  now(): Date;
  markDirty(): void;
  apiRoot: string;
  webhooks: WebhookDispatcher;
};

/** Microsecond-style timestamps like the seed's ("2017-11-29T17:48:59.786838Z"). */
export const timestamp = (date: Date) => date.toISOString().replace(/\.(\d{3})Z$/, ".$1000Z");

/** Records an event in the /events/ feed and hands it to the webhook dispatcher. */
export function emitEvent(rt: Runtime, eventType: string, customerId: string, data: Record<string, unknown>): WaEvent {
  const event: WaEvent = {
    id: nextId(rt.state, "EVENT"),
    created: timestamp(rt.now()),
    event_type: eventType,
    customer_id: customerId,
    data,
  };
  rt.state.events.push(event);
  rt.markDirty();
  rt.webhooks.enqueue(event);
  return event;
}

/** account.* events carry the profile after the change (seed: "The account events"). */
export function emitAccountEvent(rt: Runtime, eventType: string, customer: Customer, extra: Record<string, unknown> = {}) {
  return emitEvent(rt, eventType, customer.customer_id, { user_profile: profileJson(customer, rt.now(), rt.apiRoot), ...extra });
}
