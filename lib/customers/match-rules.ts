/**
 * When two provider persons are the same bank customer (issue #14). Only the bank's customer
 * number links automatically; an e-mail or name + birth date is a suggestion a reviewer decides;
 * a name alone never matches; and a contradiction (same number or e-mail, different birth date,
 * or two different numbers) is a conflict that is never linked automatically.
 */
export type PersonIdentity = {
  customerNumber: string | null;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  birthDate: string | null;
};

export type MatchVerdict =
  { kind: "NUMBER" } | { kind: "EMAIL" } | { kind: "NAME_BIRTH_DATE" } | { kind: "CONFLICT"; reason: string } | null;

/**
 * Trimmed, Unicode-normalised, lower-cased. Plus-tags and dots are kept: providers and
 * banks treat them as different mailboxes, and a false link is worse than a missed one.
 */
export function normaliseEmail(raw: string | null | undefined): string | null {
  const value = raw?.normalize("NFKC").trim().toLowerCase();
  if (!value) return null;
  const at = value.lastIndexOf("@");
  return at > 0 && at < value.length - 1 ? value : null;
}

/** Customer numbers compare without surrounding space and case (CUST-000123 = cust-000123). */
export function normaliseCustomerNumber(raw: string | null | undefined): string | null {
  const value = raw?.trim().toUpperCase();
  return value ? value : null;
}

/** Accents, case and spacing do not make a different name (Müller = MULLER, "de  Smet" = "De Smet"). */
export function normaliseName(first: string | null | undefined, last: string | null | undefined): string | null {
  const joined = `${first ?? ""} ${last ?? ""}`
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return joined ? joined : null;
}

/** ISO date part only, so "1980-02-03T00:00:00Z" and "1980-02-03" agree. */
export function normaliseBirthDate(raw: string | null | undefined): string | null {
  const match = raw?.trim().match(/^(\d{4}-\d{2}-\d{2})/);
  return match ? match[1]! : null;
}

export function matchPersons(a: PersonIdentity, b: PersonIdentity): MatchVerdict {
  const numberA = normaliseCustomerNumber(a.customerNumber);
  const numberB = normaliseCustomerNumber(b.customerNumber);
  const emailA = normaliseEmail(a.email);
  const emailB = normaliseEmail(b.email);
  const dobA = normaliseBirthDate(a.birthDate);
  const dobB = normaliseBirthDate(b.birthDate);
  const sameNumber = numberA !== null && numberA === numberB;
  const sameEmail = emailA !== null && emailA === emailB;
  const birthDatesDiffer = dobA !== null && dobB !== null && dobA !== dobB;

  if (sameNumber)
    return birthDatesDiffer ? { kind: "CONFLICT", reason: "Same customer number, different date of birth" } : { kind: "NUMBER" };
  if (sameEmail) {
    if (birthDatesDiffer) return { kind: "CONFLICT", reason: "Same e-mail, different date of birth" };
    if (numberA !== null && numberB !== null) return { kind: "CONFLICT", reason: "Same e-mail, different customer numbers" };
    return { kind: "EMAIL" };
  }
  const nameA = normaliseName(a.firstName, a.lastName);
  if (nameA !== null && dobA !== null && nameA === normaliseName(b.firstName, b.lastName) && dobA === dobB) {
    // Two different bank numbers are two customers, however alike they look.
    if (numberA !== null && numberB !== null) return null;
    return { kind: "NAME_BIRTH_DATE" };
  }
  return null;
}

/** The strongest verdict of a person against a customer's members: a conflict with any member wins. */
export function matchAgainst(person: PersonIdentity, members: readonly PersonIdentity[]): MatchVerdict {
  let best: MatchVerdict = null;
  const rank = { CONFLICT: 4, NUMBER: 3, EMAIL: 2, NAME_BIRTH_DATE: 1 } as const;
  for (const member of members) {
    const verdict = matchPersons(person, member);
    if (verdict && (!best || rank[verdict.kind] > rank[best.kind])) best = verdict;
  }
  return best;
}
