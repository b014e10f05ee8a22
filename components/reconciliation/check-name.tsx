import { checkLabel } from "@/lib/reconciliation/check-names";

/** A check in words; its stable name (what the URL filter and RECONCILIATION_CHECKS take) in the tooltip. */
export function CheckName({ name }: { name: string }) {
  return <span title={name}>{checkLabel(name)}</span>;
}
