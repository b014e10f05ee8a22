import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * Password rules (NIST SP 800-63B: length and a blocklist over composition rules).
 * The blocklist is zxcvbn-ts's common-password list (~49,000 leaked passwords, kept by
 * that project), matched exactly and case-insensitively: an exact match is deterministic
 * and explainable to the user, where a strength score would refuse long passphrases
 * without saying why. Shared by create, reset and change (lib/validations/users.ts).
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

const COMMON = new Set(dictionary["passwords-common"].map((word) => word.toLowerCase()));

/** A local part this short ("al") is too common a substring to refuse passwords over. */
const MIN_LOCAL_PART = 3;

export function passwordProblem(password: string, email?: string | null): string | null {
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  if (password.trim().length === 0) return "A password cannot be only spaces.";
  if (COMMON.has(password.toLowerCase()) || COMMON.has(password.trim().toLowerCase())) {
    return "This is one of the most common passwords; choose another.";
  }
  if (email) {
    const lower = password.toLowerCase();
    const address = email.trim().toLowerCase();
    const local = address.split("@")[0] ?? "";
    if (lower.includes(address) || (local.length >= MIN_LOCAL_PART && lower.includes(local))) {
      return "A password cannot contain the email address or its name part.";
    }
  }
  return null;
}
