import type { ReactNode } from "react";

import { SignOutButton } from "@/components/shell/sign-out-button";

/** The sign-in steps' frame: like the login page, with sign-out always at hand (a partial session may only do that). */
export function AccountCard({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-lg font-semibold">{title}</h1>
        <p className="mt-1 mb-5 text-sm text-slate-600">{intro}</p>
        {children}
        <div className="mt-6 border-t border-slate-200 pt-4 text-right">
          <SignOutButton />
        </div>
      </div>
    </main>
  );
}
