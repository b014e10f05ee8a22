import { eventStatusCard } from "../event-card";

export const eventsFailed = eventStatusCard("FAILED", {
  id: "events-failed",
  title: "Failed events",
  hint: "Processing failed and will be retried; look at the error.",
  tone: "attention",
});
