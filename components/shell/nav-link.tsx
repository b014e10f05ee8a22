"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { cn } from "@/lib/utils";

export function NavLink({ href, label }: { href: string; label: string }) {
  const active = usePathname()?.startsWith(href);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn("block rounded-md px-3 py-2 text-sm", active ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-200")}
    >
      {label}
    </Link>
  );
}
