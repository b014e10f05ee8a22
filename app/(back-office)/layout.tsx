import Link from "next/link";
import type { ReactNode } from "react";

import { NotificationBell } from "@/components/notifications/notification-bell";
import { QueryProvider } from "@/components/providers/query-provider";
import { GlobalSearch } from "@/components/search/global-search";
import { NavLink } from "@/components/shell/nav-link";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { Badge } from "@/components/ui/badge";
import { requireSignedIn } from "@/lib/auth/session";
import { areasFor } from "@/lib/navigation";

// The shell only decides what to *show*; every page and action checks permissions itself.
export default async function BackOfficeLayout({ children }: { children: ReactNode }) {
  // A partial session (second factor or password change pending) is sent to its step.
  const user = await requireSignedIn();
  const areas = areasFor(user.role);
  return (
    <QueryProvider>
      <div className="flex min-h-screen">
        <aside className="flex w-56 shrink-0 flex-col border-r border-slate-200 bg-white">
          <Link href="/" className="px-4 py-4 text-sm font-semibold tracking-tight">
            Wealth back office
          </Link>
          {/* Search and the bell sit above the areas: the first things a person reaches by keyboard. */}
          <div className="flex flex-col gap-2 px-4 pb-3">
            <GlobalSearch />
            <NotificationBell />
          </div>
          <nav aria-label="Areas" className="flex flex-col gap-0.5 px-2">
            {areas.map((area) => (
              <NavLink key={area.href} href={area.href} label={area.label} />
            ))}
          </nav>
          <div className="mt-auto border-t border-slate-200 p-4 text-xs">
            <p className="font-medium" data-testid="current-user">
              {user.name}
            </p>
            <p className="truncate text-slate-600">{user.email}</p>
            <div className="mt-2 flex items-center justify-between">
              <Badge tone="info">{user.role}</Badge>
              <SignOutButton />
            </div>
            <div className="mt-2 flex gap-3 text-slate-600">
              <Link href="/account/password" className="underline">
                Password
              </Link>
              <Link href="/account/second-factor" className="underline">
                Second factor
              </Link>
            </div>
          </div>
        </aside>
        <main className="min-w-0 flex-1 p-8">{children}</main>
      </div>
    </QueryProvider>
  );
}
