import type { ButtonHTMLAttributes } from "react";

import { cn } from "@/lib/utils";

const VARIANTS = {
  primary: "bg-slate-900 text-white hover:bg-slate-700 disabled:bg-slate-400",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 disabled:text-slate-400",
  danger: "bg-red-700 text-white hover:bg-red-600 disabled:bg-red-300",
  ghost: "text-slate-700 hover:bg-slate-100",
} as const;

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS; size?: "sm" | "md" };

export function Button({ variant = "primary", size = "md", className, type = "button", ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={cn(
        "inline-flex items-center justify-center gap-1 rounded-md font-medium focus-visible:ring-2 focus-visible:ring-slate-500 focus-visible:outline-none disabled:cursor-not-allowed",
        size === "sm" ? "h-8 px-2.5 text-xs" : "h-9 px-3.5 text-sm",
        VARIANTS[variant],
        className,
      )}
      {...props}
    />
  );
}

/** A form's submit button: disabled and saying `pendingLabel` while its action runs. */
export function SubmitButton({
  pending,
  pendingLabel = "Sending…",
  disabled,
  children,
  ...button
}: Omit<ButtonProps, "type"> & { pending: boolean; pendingLabel?: string }) {
  return (
    <Button {...button} type="submit" disabled={pending || disabled}>
      {pending ? pendingLabel : children}
    </Button>
  );
}

/** A form's last row: submit (its label; `pendingLabel` while the action runs) and Cancel. */
export function SubmitOrCancel({
  label,
  pending,
  pendingLabel = "Sending…",
  variant = "primary",
  onCancel,
}: {
  label: string;
  pending: boolean;
  pendingLabel?: string;
  variant?: ButtonProps["variant"];
  onCancel: () => void;
}) {
  return (
    <div className="flex gap-2">
      <SubmitButton variant={variant} pending={pending} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}

/** Why an action is not offered, in the rule's own words, under its control (`why-<id>` describes the button). */
export function WhyNot({ id, reason }: { id: string; reason: string | null }) {
  if (!reason) return null;
  return (
    <p id={`why-${id}`} className="max-w-64 text-xs text-slate-700" data-testid={`why-not-${id}`}>
      {reason}
    </p>
  );
}

/** A button the rules may forbid: disabled, with the rule's words under it, whenever `reason` is set. */
export function ReasonedButton({ id, reason, disabled, ...button }: ButtonProps & { id: string; reason: string | null }) {
  return (
    <div className="flex flex-col gap-1">
      <Button {...button} disabled={reason !== null || disabled} aria-describedby={reason ? `why-${id}` : undefined} />
      <WhyNot id={id} reason={reason} />
    </div>
  );
}
