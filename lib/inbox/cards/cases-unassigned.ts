import { caseListCard } from "../case-card";

export const casesUnassigned = caseListCard(
  { view: "unassigned", status: "open" },
  { id: "cases-unassigned", title: "Unassigned cases", hint: "Open cases nobody holds, oldest first: claim one." },
);
