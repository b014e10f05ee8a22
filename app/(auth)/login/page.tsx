import { redirect } from "next/navigation";
import { Suspense } from "react";

import { LoginForm } from "@/components/shell/login-form";
import { getSessionState } from "@/lib/auth/session";
import { STEP_PATHS } from "@/lib/auth/session-state";

export const metadata = { title: "Sign in" };

export default async function LoginPage() {
  const state = await getSessionState();
  if (state) redirect(state.pending ? STEP_PATHS[state.pending] : "/");
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-lg font-semibold">Sign in to the back office</h1>
        <p className="mt-1 mb-5 text-sm text-slate-600">Use your bank account credentials.</p>
        <Suspense>
          <LoginForm />
        </Suspense>
      </div>
    </main>
  );
}
