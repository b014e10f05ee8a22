import { eventStatusCard } from "../event-card";

export const eventsDead = eventStatusCard("DEAD", {
  id: "events-dead",
  title: "Dead events",
  hint: "Retries exhausted: fix the cause and replay.",
  tone: "attention",
});
