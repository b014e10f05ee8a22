import Link from "next/link";

import { cn } from "@/lib/utils";

/** Stored events and refused deliveries are two views of one question: did it reach us? */
export function EventsTabs({ current }: { current: "events" | "rejections" }) {
  const tab = (href: string, label: string, active: boolean) => (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "border-b-2 px-3 py-2 text-sm",
        active ? "border-slate-900 font-medium" : "border-transparent text-slate-600 hover:text-slate-900",
      )}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label="Event views" className="mb-4 flex gap-1 border-b border-slate-200">
      {tab("/events", "Event log", current === "events")}
      {tab("/events/rejections", "Rejected deliveries", current === "rejections")}
    </nav>
  );
}
