import type { HoldingRow } from "@/lib/portfolios/portfolio-detail";

import { Section } from "./section";

/** Seed 002 holdings: `$CCY` keys are cash in that currency, ISIN keys are instrument quantities. */
export function HoldingsTable({ holdings }: { holdings: HoldingRow[] }) {
  return (
    <Section title="Holdings" className="lg:col-span-2">
      {holdings.length === 0 ? (
        <p className="text-sm text-slate-500">InvestSuite reports no holdings for this portfolio.</p>
      ) : (
        <table className="w-full text-sm" data-testid="holdings">
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-600">
              <th className="py-1.5 font-medium">Position</th>
              <th className="py-1.5 font-medium">Kind</th>
              <th className="py-1.5 text-right font-medium">Amount / quantity</th>
            </tr>
          </thead>
          <tbody>
            {holdings.map((h) => (
              <tr key={h.key} className="border-b border-slate-100 last:border-0" data-testid="holding-row">
                <td className="py-1.5 font-mono text-xs">{h.kind === "cash" ? `Cash ${h.currency}` : h.isin}</td>
                <td className="py-1.5 text-xs text-slate-600">{h.kind === "cash" ? "Cash" : "Instrument (ISIN)"}</td>
                <td className="py-1.5 text-right font-mono text-xs tabular-nums">
                  {h.kind === "cash" ? (
                    <>
                      {h.amount} <span className="text-slate-600">{h.currency}</span>
                    </>
                  ) : (
                    <>
                      {h.quantity} <span className="text-slate-600">units</span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
