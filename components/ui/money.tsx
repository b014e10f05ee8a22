"use client";

import type { DecimalValue } from "@/lib/format/money";
import { describeMoney, type MoneyDisplay } from "@/lib/format/money";
import { cn } from "@/lib/utils";

import { useFormatPrefs } from "./format-provider";

/**
 * An amount as people read it (grouping, the currency's minor units, the person's locale), with
 * the full precision and raw value on hover. Tabular numerals so columns line up; right-align
 * it through the column (`meta: { numeric: true }`), not here.
 */
export function Money({
  amount,
  currency,
  display,
  className,
  testId,
}: {
  /** A decimal string (or Prisma Decimal's string form): never a JS number. */
  amount: DecimalValue;
  currency: string;
  display?: MoneyDisplay;
  className?: string;
  testId?: string;
}) {
  const { locale } = useFormatPrefs();
  const money = describeMoney(amount, currency, { locale, display });
  return (
    <span
      className={cn("whitespace-nowrap tabular-nums", money.marker && "font-medium", className)}
      title={money.full}
      data-testid={testId}
      data-amount={String(amount)}
      data-currency={currency}
    >
      {money.text}
    </span>
  );
}
