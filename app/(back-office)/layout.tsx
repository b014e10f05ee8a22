import Link from "next/link";
import type { ReactNode } from "react";

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
    <div className="flex min-h-screen">
      {/* First in the tab order: keyboard users jump past the navigation to the page's content. */}
      <a
        href="#main"
        className="sr-only rounded-md bg-slate-900 px-3 py-2 text-sm font-medium text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
      >
        Skip to main content
      </a>
      <aside className="flex w-56 shrink-0 flex-col border-r border-slate-200 bg-white">
        <Link href="/" className="px-4 py-4 text-sm font-semibold tracking-tight">
          Wealth back office
        </Link>
        <nav aria-label="Areas" className="flex flex-col gap-0.5 px-2">
          {areas.map((area) => (
            <NavLink key={area.href} href={area.href} label={area.label} />
          ))}
        </nav>
        <div className="mt-auto border-t border-slate-200 p-4 text-xs">
          <p className="font-medium" data-testid="current-user">
            {user.name}
          </p>
          <p className="truncate text-slate-700">{user.email}</p>
          <div className="mt-2 flex items-center justify-between">
            <Badge tone="info">{user.role}</Badge>
            <SignOutButton />
          </div>
          <nav aria-label="Account" className="mt-2 flex flex-wrap gap-x-3 text-slate-700">
            <Link href="/account/preferences" className="inline-flex min-h-6 items-center underline">
              Preferences
            </Link>
            <Link href="/account/password" className="inline-flex min-h-6 items-center underline">
              Password
            </Link>
            <Link href="/account/second-factor" className="inline-flex min-h-6 items-center underline">
              Second factor
            </Link>
          </nav>
        </div>
      </aside>
      <main id="main" tabIndex={-1} className="min-w-0 flex-1 p-6 focus:outline-none xl:p-8">
        {children}
      </main>
    </div>
  );
}
