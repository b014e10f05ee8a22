"use client";

import { formatDateTime, formatRelative, formatUtc, type DateInput, type DateStyle } from "@/lib/format/dates";
import { cn } from "@/lib/utils";

import { useFormatPrefs } from "./format-provider";

/** A moment in the person's zone and locale; UTC on hover; "—" when there is none. */
export function DateTime({
  value,
  style = "datetime",
  zoneName = false,
  className,
  testId,
}: {
  value: DateInput | null | undefined;
  style?: DateStyle;
  /** Add the zone's short name ("CET"): for pages where people compare with other systems. */
  zoneName?: boolean;
  className?: string;
  testId?: string;
}) {
  const prefs = useFormatPrefs();
  const text = formatDateTime(value, prefs, style, { zoneName });
  if (!text) return <span className={className}>—</span>;
  const iso = new Date(value as DateInput).toISOString();
  return (
    <time
      dateTime={iso}
      title={formatUtc(value) ?? undefined}
      className={cn("whitespace-nowrap tabular-nums", className)}
      data-testid={testId}
    >
      {text}
    </time>
  );
}

/**
 * "3 minutes ago", with the full time in the person's zone and UTC on hover. The server and the
 * browser compute "now" a moment apart, hence suppressHydrationWarning on the text.
 */
export function RelativeTime({ value, className, testId }: { value: DateInput | null | undefined; className?: string; testId?: string }) {
  const prefs = useFormatPrefs();
  const text = formatRelative(value, new Date(), prefs.locale);
  if (!text || value === null || value === undefined) return <span className={className}>—</span>;
  const title = `${formatDateTime(value, prefs, "datetime-seconds", { zoneName: true })} · ${formatUtc(value)}`;
  return (
    <time
      dateTime={new Date(value).toISOString()}
      title={title}
      className={cn("whitespace-nowrap", className)}
      data-testid={testId}
      suppressHydrationWarning
    >
      {text}
    </time>
  );
}
