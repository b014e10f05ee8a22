import { caseListCard } from "../case-card";

export const casesWaitingNewActivity = caseListCard(
  { view: "all", status: "WAITING_ON_CUSTOMER", queue: "new-activity" },
  {
    id: "cases-waiting-new-activity",
    title: "Customer activity on waiting cases",
    hint: "Waiting on the customer, and the provider reported something since our last action.",
  },
);
