import type { SearchParams } from "nuqs/server";

import { RecordDepositForm } from "@/components/deposits/record-deposit-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { depositFourEyesThreshold, portfolioCurrency, todayIn } from "@/lib/deposits/new-deposit-defaults";
import { loadNewDepositSearchParams } from "@/lib/deposits/url-state";
import { loadFormatPrefs } from "@/lib/users/format-prefs";
import { newDepositQuerySchema } from "@/lib/validations/deposits";

export const metadata = { title: "Record deposit" };

type Props = { searchParams: Promise<SearchParams> };

export default async function NewDepositPage({ searchParams }: Props) {
  await requirePagePermission("deposits.record");
  const values = await loadNewDepositSearchParams(searchParams);
  const parsed = newDepositQuerySchema.safeParse({ portfolio: values.portfolio ?? undefined });
  const portfolioId = parsed.success ? (parsed.data.portfolio ?? "") : "";
  // The portfolio's currency, when InvestSuite answers; the person can still type it.
  const [currency, prefs] = await Promise.all([portfolioId ? portfolioCurrency(portfolioId) : null, loadFormatPrefs()]);
  return (
    <>
      <BackLink href={portfolioId ? `/portfolios/${encodeURIComponent(portfolioId)}` : "/deposits"}>
        {portfolioId ? "Portfolio" : "Deposits"}
      </BackLink>
      <PageHeader
        title="Record deposit"
        description={`An incoming bank transfer for an InvestSuite portfolio, in the portfolio's currency. Above ${depositFourEyesThreshold()} another admin must approve it; then it is sent to InvestSuite as a funding event. A bank reference can be recorded once per portfolio.`}
      />
      <RecordDepositForm portfolioId={portfolioId} currency={currency ?? ""} today={todayIn(prefs.timeZone)} />
    </>
  );
}
