import type { PortfolioDetail } from "@/lib/portfolios/portfolio-detail";

import { Mono, Row, Section, Moment } from "./section";

/** InvestSuite objects are immutable: every change is a new version (seed 001 "Immutability"). */
export function VersionInfo({ version }: { version: PortfolioDetail["version"] }) {
  return (
    <Section title="Version">
      <dl data-testid="version-info">
        <Row label="Version">{version.version}</Row>
        <Row label="Version time">
          <Moment value={version.versionDatetime} />
        </Row>
        <Row label="Version authored by">{version.authoredBy ? <Mono>{version.authoredBy}</Mono> : "—"}</Row>
        <Row label="Created">
          <Moment value={version.creationDatetime} />
        </Row>
        <Row label="Snapshot">
          <Moment value={version.snapshotDatetime} />
        </Row>
      </dl>
      <p className="mt-2 text-xs text-slate-500">The full version history is in the InvestSuite Admin Console.</p>
    </Section>
  );
}
