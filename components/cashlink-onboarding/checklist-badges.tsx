import { Badge } from "@/components/ui/badge";
import { enumWords } from "@/lib/format/enums";
import type { CashlinkChecklist } from "@/lib/onboarding/cashlink-checklist";
import { INVESTMENT_STATUS_WORDS } from "@/lib/onboarding/cashlink-words";

const SELF_DISCLOSURE = {
  submitted: ["good", "Submitted"],
  not_required: ["good", "Not required"],
  missing: ["bad", "Missing"],
} as const;
const SURVEY = {
  submitted: ["good", "Submitted"],
  waived: ["good", "Waived"],
  waiver_missing: ["warn", "Waiver missing"],
  missing: ["bad", "Missing"],
} as const;
const SIGNED = { signed: ["good", "Signed"], not_signed: ["neutral", "Not signed"] } as const;
const WALLET = { linked: ["good", "Linked"], not_linked: ["neutral", "Not linked"] } as const;

export function SelfDisclosureBadge({ value }: { value: CashlinkChecklist["selfDisclosure"] }) {
  const [tone, label] = SELF_DISCLOSURE[value];
  return <Badge tone={tone}>{label}</Badge>;
}
export function SurveyBadge({ value }: { value: CashlinkChecklist["survey"] }) {
  const [tone, label] = SURVEY[value];
  return <Badge tone={tone}>{label}</Badge>;
}
export function SignedBadge({ value }: { value: CashlinkChecklist["signed"] }) {
  const [tone, label] = SIGNED[value];
  return <Badge tone={tone}>{label}</Badge>;
}
export function WalletBadge({ value }: { value: CashlinkChecklist["wallet"] }) {
  const [tone, label] = WALLET[value];
  return <Badge tone={tone}>{label}</Badge>;
}

const GOOD = new Set(["ACCEPTED", "PAID", "DELIVERED"]);
const BAD = new Set(["KYC_INSUFFICIENT", "ABORTION", "REJECTION", "CANCELLATION", "PAYMENT_MISSING"]);

/**
 * Cashlink's investment status in words (failures red, success path green, pending steps blue),
 * with Cashlink's own value beside it for talking to Cashlink.
 */
export function InvestmentStatusBadge({ status }: { status: string | null }) {
  if (!status) return <Badge>No investment</Badge>;
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
      <Badge tone={GOOD.has(status) ? "good" : BAD.has(status) ? "bad" : "info"}>{enumWords(status, INVESTMENT_STATUS_WORDS)}</Badge>
      <code className="text-xs text-slate-600" data-testid="investment-status">
        {status}
      </code>
    </span>
  );
}
