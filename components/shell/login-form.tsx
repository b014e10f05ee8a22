"use client";

import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";

import { SubmitButton } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { sameOriginPath } from "@/lib/auth/safe-redirect";

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "Email or password is wrong, or the account is disabled.",
  RateLimited: "Too many failed sign-ins. Wait 15 minutes and try again, or ask an admin.",
  SignInUnavailable: "Sign-in failed. Please try again.",
};

export function LoginForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [error, setError] = useState<string | null>(params.get("error") ? (MESSAGES[params.get("error")!] ?? "Sign-in failed.") : null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    setPending(false);
    if (!result || result.error) {
      setError(MESSAGES[result?.error ?? ""] ?? "Sign-in failed. Please try again.");
      return;
    }
    // Same origin only, parsed as the browser will parse it: `/\\evil.example` passed a prefix rule.
    router.replace(sameOriginPath(params.get("callbackUrl"), window.location.origin));
    router.refresh();
  }

  return (
    // method="post": if someone submits before hydration, the browser must never put the password in the URL.
    <form onSubmit={onSubmit} method="post" className="flex flex-col gap-4" noValidate>
      <Field label="Email" htmlFor="email">
        <Input id="email" name="email" type="email" autoComplete="username" required />
      </Field>
      <Field label="Password" htmlFor="password">
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </Field>
      {error && (
        <p role="alert" data-testid="sign-in-error" className="rounded-md bg-red-50 p-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <SubmitButton pending={pending} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
