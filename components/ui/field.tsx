import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

import { cn } from "@/lib/utils";

const control =
  "h-9 w-full rounded-md border border-slate-300 bg-white px-2.5 text-sm focus:border-slate-500 focus:ring-2 focus:ring-slate-200 focus:outline-none aria-[invalid=true]:border-red-600";

/** A labelled control with its error right under it, so users see what was wrong and where. */
export function Field({
  label,
  error,
  children,
  htmlFor,
}: {
  label: string;
  error?: string[] | string;
  htmlFor: string;
  children: ReactNode;
}) {
  const message = Array.isArray(error) ? error[0] : error;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={htmlFor} className="text-xs font-medium text-slate-700">
        {label}
      </label>
      {children}
      {message && (
        <p id={`${htmlFor}-error`} className="text-xs text-red-700" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}

/** An action's or form's own error (not one field's): nothing when there is none. */
export function FormError({ message, testId }: { message?: string | null; testId?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="text-xs text-red-700" data-testid={testId}>
      {message}
    </p>
  );
}

export function Input({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return <input className={cn(control, className)} {...props} />;
}

export function Select({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={cn(control, className)} {...props} />;
}
