import { eventStatusCard } from "../event-card";

// The card's age is the processing lag: how long the oldest pending event has waited.
export const eventsProcessingLag = eventStatusCard("PENDING", {
  id: "events-processing-lag",
  title: "Processing lag",
  hint: "Events received and not yet processed; the age is the oldest one's wait.",
  tone: "work",
});
