import { caseListCard } from "../case-card";

export const casesMineOpen = caseListCard(
  { view: "mine", status: "open" },
  { id: "cases-mine-open", title: "My open cases", hint: "Cases you hold: review, note, decide." },
);
