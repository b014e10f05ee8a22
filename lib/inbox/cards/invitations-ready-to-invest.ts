import { caseListCard } from "../case-card";

export const invitationsReadyToInvest = caseListCard(
  { view: "all", status: "any", subject: "CASHLINK_INVITATION", queue: "ready-to-invest" },
  {
    id: "invitations-ready-to-invest",
    title: "Invitations ready for an investment",
    hint: "Cashlink invitations with every requirement met and no investment yet.",
    permission: "onboarding.act",
  },
);
