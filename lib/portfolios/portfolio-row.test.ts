import { describe, expect, it } from "vitest";

import { parsePortfolioQuery } from "@/lib/portfolios/portfolio-query";
import { QuerySyntaxError } from "@/lib/query-language/parse";

import { DEFAULT_COLUMNS } from "@/lib/validations/portfolios";

import { formatCash, holdingsSummary, tableField, toTableRows, type PortfolioRow } from "./portfolio-row";

describe("holdings summary", () => {
  it("counts non-zero positions and keeps cash as exact decimal text beside its currency", () => {
    const summary = holdingsSummary({ US0378331005: "12", IE00B4L5Y983: "0", $USD: "18.780000000000000001", $EUR: "1e+2" });
    expect(summary).toEqual({
      positions: 1,
      cash: [
        { currency: "EUR", amount: "100" },
        { currency: "USD", amount: "18.780000000000000001" },
      ],
    });
    expect(formatCash(summary)).toBe("100 EUR; 18.780000000000000001 USD");
  });
});

describe("parsePortfolioQuery", () => {
  it("points at a field portfolios do not have, in the decoded text", () => {
    const error = (() => {
      try {
        parsePortfolioQuery("status+eq+'ACTIVE'+and+lastmodified+gt+'2020'");
      } catch (e) {
        return e as QuerySyntaxError;
      }
    })();
    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect(error?.position).toBe(23);
    expect(error?.input.slice(23, 35)).toBe("lastmodified");
  });

  it("accepts nested settings and holdings paths; the sort builder's keys replace a typed orderby", () => {
    const q = parsePortfolioQuery("config.manager_settings.divest_amount gt 0 and portfolio.$USD gt 0 orderby name", [
      { field: "creation_datetime", direction: "desc" },
    ]);
    expect(q.orderBy).toEqual([{ field: "creation_datetime", direction: "desc" }]);
  });
});

describe("rows for the list's table", () => {
  const row: PortfolioRow = {
    id: "P1",
    name: "Pension",
    externalId: "bo-portfolio-1",
    status: "ACTIVE",
    baseCurrency: "EUR",
    moneyType: "REAL_MONEY",
    manager: "ROBO_ADVISOR_DISCRETIONARY",
    createdAt: "2026-12-07T10:12:00.000000+00:00",
    fundedSince: null,
    archived: false,
    deleted: false,
    owner: { id: "U1", name: "Ann Peeters", email: "ann@example.com" },
    holdings: { positions: 2, cash: [{ currency: "EUR", amount: "10.50" }] },
  };

  it("sends the id and only the fields of the columns shown", () => {
    const [sent] = toTableRows([row], DEFAULT_COLUMNS);
    expect(sent).toEqual({
      id: "P1",
      name: "Pension",
      owner: row.owner,
      status: "ACTIVE",
      baseCurrency: "EUR",
      moneyType: "REAL_MONEY",
      holdings: row.holdings,
      createdAt: row.createdAt,
    });
    expect(toTableRows([row], ["funded_since", "external_id"])).toEqual([{ id: "P1", fundedSince: null, externalId: "bo-portfolio-1" }]);
  });

  it("a cell reading a field that was not sent fails loudly; a null that was sent is a value", () => {
    const [sent] = toTableRows([row], ["funded_since"]);
    expect(tableField(sent!, "fundedSince")).toBeNull();
    expect(() => tableField(sent!, "name")).toThrow(/name was not sent/);
  });
});
