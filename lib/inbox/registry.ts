import "server-only";

import type { InboxCard } from "./card-types";
import { casesMineOpen } from "./cards/cases-mine-open";
import { depositsAwaitingMyApproval } from "./cards/deposits-awaiting-my-approval";
import { casesUnassigned } from "./cards/cases-unassigned";
import { casesWaitingNewActivity } from "./cards/cases-waiting-new-activity";
import { eventsDead } from "./cards/events-dead";
import { eventsFailed } from "./cards/events-failed";
import { eventsProcessingLag } from "./cards/events-processing-lag";
import { eventsRejectedDeliveries } from "./cards/events-rejected-deliveries";
import { invitationsReadyToInvest } from "./cards/invitations-ready-to-invest";
import { ordersLostPlacements } from "./cards/orders-lost-placements";
import { ordersToConfirm } from "./cards/orders-to-confirm";
import { withdrawalsAwaitingMyApproval } from "./cards/withdrawals-awaiting-my-approval";
import { withdrawalsExecutingLong } from "./cards/withdrawals-executing-long";
import { withdrawalsFailed } from "./cards/withdrawals-failed";
import { withdrawalsOverSla } from "./cards/withdrawals-over-sla";
import { withdrawalsPreparedByMe } from "./cards/withdrawals-prepared-by-me";
import { withdrawalsReadyToPrepare } from "./cards/withdrawals-ready-to-prepare";
import { reconciliationDrift } from "./cards/reconciliation-drift";

/**
 * Every card of the home page, in display order within its group. A new kind of work is
 * one module under ./cards/ (an InboxCard) plus one line here; nothing else changes.
 */
export const INBOX_CARDS: readonly InboxCard[] = [
  withdrawalsAwaitingMyApproval,
  withdrawalsReadyToPrepare,
  withdrawalsPreparedByMe,
  withdrawalsOverSla,
  withdrawalsExecutingLong,
  withdrawalsFailed,
  depositsAwaitingMyApproval,
  casesMineOpen,
  casesUnassigned,
  casesWaitingNewActivity,
  invitationsReadyToInvest,
  ordersToConfirm,
  ordersLostPlacements,
  eventsFailed,
  eventsDead,
  eventsRejectedDeliveries,
  eventsProcessingLag,
  reconciliationDrift,
];
