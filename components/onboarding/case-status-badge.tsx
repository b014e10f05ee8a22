import type { OnboardingCaseStatus } from "@/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";
import { STATUS_LABELS } from "@/lib/onboarding/case-rules";

const TONE = { NEW: "info", IN_REVIEW: "neutral", WAITING_ON_CUSTOMER: "warn", APPROVED: "good", REJECTED: "bad" } as const;

export function CaseStatusBadge({ status }: { status: OnboardingCaseStatus }) {
  return (
    <span data-testid="case-status">
      <Badge tone={TONE[status]}>{STATUS_LABELS[status]}</Badge>
    </span>
  );
}

export function ReadyBadge({ ready, subject }: { ready: boolean; subject: "WISEALPHA_CUSTOMER" | "CASHLINK_INVITATION" }) {
  return (
    <span data-testid="provider-ready">
      {ready ? (
        <Badge tone="good">{subject === "WISEALPHA_CUSTOMER" ? "Ready to invest" : "Checklist complete"}</Badge>
      ) : (
        <Badge tone="neutral">Not ready</Badge>
      )}
    </span>
  );
}
