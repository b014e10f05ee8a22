import { PortfolioStatusBadge } from "@/components/portfolios/list/portfolio-status-badge";
import { Badge } from "@/components/ui/badge";
import { EnumText } from "@/components/ui/enum-text";
import type { PortfolioDetail } from "@/lib/portfolios/portfolio-detail";

import { Mono, Row, Section, Moment } from "./section";

export function PortfolioSummary({ detail }: { detail: PortfolioDetail }) {
  const { owner, lastBlockChange } = detail;
  return (
    <Section title="Portfolio">
      {detail.blocked && (
        <div role="status" className="mb-3 rounded border border-red-200 bg-red-50 p-2 text-sm text-red-900" data-testid="blocked-banner">
          <p className="font-medium">Blocked: InvestSuite will not optimize or trade this portfolio.</p>
          {lastBlockChange?.action === "portfolio.blocked" && (
            <p className="mt-1 text-xs">
              By {lastBlockChange.actorEmail ?? "unknown"} on <Moment value={lastBlockChange.at} />:{" "}
              {lastBlockChange.reason ?? "no reason recorded"}
            </p>
          )}
        </div>
      )}
      <dl data-testid="portfolio-summary">
        <Row label="Id">
          <Mono>{detail.id}</Mono>
        </Row>
        <Row label="External id">{detail.externalId ? <Mono>{detail.externalId}</Mono> : "—"}</Row>
        <Row label="Status">
          <span className="flex flex-wrap items-center gap-1.5">
            <PortfolioStatusBadge status={detail.status} />
            {detail.blocked && <Badge tone="bad">blocked</Badge>}
            {detail.deleted && <Badge tone="bad">deleted</Badge>}
            {detail.archived && <Badge>archived</Badge>}
          </span>
        </Row>
        <Row label="Money type">{detail.moneyType === "REAL_MONEY" ? "Real money" : "Paper money"}</Row>
        <Row label="Base currency">{detail.baseCurrency}</Row>
        <Row label="Manager">
          <EnumText value={detail.manager} />
        </Row>
        <Row label="Owner">
          {owner.name ?? "—"}
          {owner.email && <span className="ml-2 text-slate-600">{owner.email}</span>}
          <span className="block font-mono text-xs text-slate-500">{owner.id}</span>
          {owner.error && <span className="block text-xs text-amber-800">Owner details unavailable: {owner.error}</span>}
        </Row>
      </dl>
    </Section>
  );
}
