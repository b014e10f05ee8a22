import type { ComponentProps, InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

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

export function TextArea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea className={cn("min-h-16 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm", className)} {...props} />;
}

/** A select's choices, each its value and the words shown for it. */
export function Options({ options }: { options: readonly { value: string; label: string }[] }) {
  return (
    <>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}

/** A form whose submit runs `onSubmit` in the browser, with what the form holds, instead of loading a page. */
export function Form({ onSubmit, ...props }: Omit<ComponentProps<"form">, "onSubmit"> & { onSubmit: (data: FormData) => unknown }) {
  return (
    <form
      {...props}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit(new FormData(event.currentTarget));
      }}
    />
  );
}

/** The named fields of a submitted form as text ("" for one that is not there). */
export function formText<K extends string>(data: FormData, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, String(data.get(name) ?? "")])) as Record<K, string>;
}

/** A form on its own card (a detail page's side panel). */
export const CARD_FORM = "flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm";

/** A decision's second step, inline under its buttons. */
export const STEP_FORM = "mt-3 flex flex-col gap-2 rounded-md border border-slate-300 bg-slate-50 p-3 text-sm";
