import { Badge, type BadgeTone } from "@/components/ui/badge";
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

/** A checklist item's state as its badge: the tone and words the item's table gives it. */
function WordBadge<K extends string>({ words, value }: { words: Record<K, readonly [BadgeTone, string]>; value: K }) {
  const [tone, label] = words[value];
  return <Badge tone={tone}>{label}</Badge>;
}

export const SelfDisclosureBadge = ({ value }: { value: CashlinkChecklist["selfDisclosure"] }) => (
  <WordBadge words={SELF_DISCLOSURE} value={value} />
);
export const SurveyBadge = ({ value }: { value: CashlinkChecklist["survey"] }) => <WordBadge words={SURVEY} value={value} />;
export const SignedBadge = ({ value }: { value: CashlinkChecklist["signed"] }) => <WordBadge words={SIGNED} value={value} />;
export const WalletBadge = ({ value }: { value: CashlinkChecklist["wallet"] }) => <WordBadge words={WALLET} value={value} />;

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
