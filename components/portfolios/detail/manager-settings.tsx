import type { SettingRow } from "@/lib/portfolios/portfolio-detail-format";

import { Mono, Row, Section } from "./section";

export function ManagerSettings({
  manager,
  managerVersion,
  settings,
}: {
  manager: string;
  managerVersion: number;
  settings: SettingRow[];
}) {
  return (
    <Section title="Manager settings">
      <dl data-testid="manager-settings">
        <Row label="Manager">
          <Mono>{manager}</Mono> <span className="text-xs text-slate-500">(version {managerVersion})</span>
        </Row>
        {settings.map((s) => (
          <Row key={s.key} label={s.label}>
            {s.key.endsWith("_id") ? <Mono>{s.value}</Mono> : s.value}
          </Row>
        ))}
      </dl>
    </Section>
  );
}
