"use client";

import { formatDistanceStrict } from "date-fns";
import { useEffect, useState } from "react";

/** "3 hours", "2 days": an age relative to now that keeps itself current; the exact time is in the tooltip. */
export function RelativeAge({ at, now: initialNow }: { at: string; now: string }) {
  const [now, setNow] = useState(() => new Date(initialNow));
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const date = new Date(at);
  return (
    <time dateTime={at} title={date.toISOString().replace("T", " ").slice(0, 16) + " UTC"}>
      {formatDistanceStrict(date, now > date ? now : date)}
    </time>
  );
}
