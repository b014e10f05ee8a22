/**
 * A bank account number as an approver needs to see it: enough to recognise the account (country,
 * check digits and the last four for an IBAN; the last four otherwise), never the whole number on a
 * screen that is shared or screenshotted.
 */
export function maskAccountNumber(value: string | null | undefined): string | null {
  if (!value) return null;
  const compact = value.replace(/[\s-]/g, "").toUpperCase();
  if (compact.length <= 4) return "•".repeat(compact.length);
  const last4 = compact.slice(-4);
  if (/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) {
    const hidden = compact.length - 8;
    const masked = compact.slice(0, 4) + "•".repeat(hidden) + last4;
    return masked.replace(/(.{4})(?=.)/g, "$1 ");
  }
  return `••••${last4}`;
}
