/**
 * One bank customer across the three sandboxes (issue #14). The sandboxes generate their
 * persons independently; this overlay, applied after generation and without touching the
 * random streams (so every existing id and count stays), makes a deterministic share of them
 * the same person:
 *
 * - IS_WA_CL / IS_WA / IS_CL / WA_CL: same bank customer number (InvestSuite user `external_id`,
 *   WiseAlpha customer `external_id`, Cashlink investor `external_id`), same e-mail, name, birth date;
 * - EMAIL_IS_WA / EMAIL_WA_CL: same e-mail only (no number on the WiseAlpha/Cashlink side);
 * - CONFLICT_WA_CL: same e-mail, different date of birth;
 * - NAME_DOB_WA_CL: same name and date of birth, different e-mail, no number;
 * - IS_WA_EMAIL_CL: InvestSuite and WiseAlpha share the number, Cashlink only the e-mail (confirming
 *   that suggestion gives a customer at all three providers).
 *
 * InvestSuite users are never changed (their `external_id` is already the bank number
 * `CUST-nnnnnn`); WiseAlpha and Cashlink copy the chosen InvestSuite user's identity.
 * InvestSuite users have no birth date, so the birth-date cases are WiseAlpha ↔ Cashlink.
 */
export const BANK_PERSON_PLAN = [
  ["IS_WA_CL", 10],
  ["IS_WA", 15],
  ["IS_CL", 8],
  ["WA_CL", 5],
  ["EMAIL_IS_WA", 8],
  ["EMAIL_WA_CL", 4],
  ["CONFLICT_WA_CL", 5],
  ["NAME_DOB_WA_CL", 3],
  ["IS_WA_EMAIL_CL", 2],
] as const;

export type BankPersonKind = (typeof BANK_PERSON_PLAN)[number][0];

/** What an overlay writes onto one provider's person. `number` null = leave it without one. */
export type BankIdentity = { number: string | null; first: string; last: string; email: string; birthDate: string };

export type PlannedPerson = { k: number; kind: BankPersonKind; wa: BankIdentity | null; cl: BankIdentity | null };

type IsUserIdentity = { external_id?: string | null; first_name: string | null; last_name: string | null; email: string | null };

const FIRST = ["Ingrid", "Tomas", "Elena", "Pieter", "Sara", "Matteo", "Ines", "Karel"];
const LAST = ["Vermeulen", "Lindqvist", "Okafor", "Moreau", "Bianchi", "Novak", "Haddad", "Costa"];

/** Birth date for the k-th planned person; `shift` years apart for the conflicts. */
function birthDate(k: number, shift = 0): string {
  return `${1955 + ((k * 7) % 45) + shift}-${String(1 + (k % 12)).padStart(2, "0")}-${String(1 + ((k * 3) % 28)).padStart(2, "0")}`;
}

/** A person only WiseAlpha and Cashlink know: identity from k alone. */
function ownIdentity(k: number, number: string | null): BankIdentity {
  const first = FIRST[k % FIRST.length]!;
  const last = LAST[Math.floor(k / FIRST.length) % LAST.length]!;
  return { number, first, last, email: `${first}.${last}.b${k}@example.net`.toLowerCase(), birthDate: birthDate(k) };
}

/** InvestSuite users that carry a number, every 10th from index 10 (the first ones are the seed's documented users). */
function pickIsUsers(users: readonly IsUserIdentity[]): IsUserIdentity[] {
  const out: IsUserIdentity[] = [];
  for (let i = 10; i < users.length; i += 10) {
    const u = users[i]!;
    if (u.external_id && u.email && u.first_name && u.last_name) out.push(u);
  }
  return out;
}

/** The plan, from InvestSuite's generated users (`generateUsers` in investsuite/generate-data.ts). */
export function planBankPersons(isUsers: readonly IsUserIdentity[]): PlannedPerson[] {
  const candidates = pickIsUsers(isUsers);
  let nextIs = 0;
  const fromIs = (k: number, withNumber: boolean): BankIdentity | null => {
    const u = candidates[nextIs++];
    if (!u) return null;
    return {
      number: withNumber ? u.external_id! : null,
      first: u.first_name!,
      last: u.last_name!,
      email: u.email!,
      birthDate: birthDate(k),
    };
  };
  const plan: PlannedPerson[] = [];
  let k = 0;
  for (const [kind, count] of BANK_PERSON_PLAN) {
    for (let n = 0; n < count; n++, k++) {
      const number = `CUST-${900_000 + k}`;
      switch (kind) {
        case "IS_WA_CL": {
          const id = fromIs(k, true);
          plan.push({ k, kind, wa: id, cl: id });
          break;
        }
        case "IS_WA":
          plan.push({ k, kind, wa: fromIs(k, true), cl: null });
          break;
        case "IS_CL":
          plan.push({ k, kind, wa: null, cl: fromIs(k, true) });
          break;
        case "EMAIL_IS_WA":
          plan.push({ k, kind, wa: fromIs(k, false), cl: null });
          break;
        case "WA_CL":
          plan.push({ k, kind, wa: ownIdentity(k, number), cl: ownIdentity(k, number) });
          break;
        case "EMAIL_WA_CL":
          plan.push({ k, kind, wa: ownIdentity(k, null), cl: ownIdentity(k, null) });
          break;
        case "CONFLICT_WA_CL": {
          const id = ownIdentity(k, null);
          plan.push({ k, kind, wa: id, cl: { ...id, birthDate: birthDate(k, 1) } });
          break;
        }
        case "IS_WA_EMAIL_CL": {
          const id = fromIs(k, true);
          plan.push({ k, kind, wa: id, cl: id && { ...id, number: null } });
          break;
        }
        case "NAME_DOB_WA_CL": {
          const id = ownIdentity(k, null);
          plan.push({ k, kind, wa: id, cl: { ...id, email: `${id.first}.${id.last}.cl${k}@example.net`.toLowerCase() } });
          break;
        }
      }
    }
  }
  return plan;
}

/**
 * Writes the plan's identities onto `slots` (a sandbox's persons in generation order,
 * filtered to those that may take one). A data set smaller than the plan gets a prefix.
 */
export function overlayIdentities<T>(
  plan: readonly PlannedPerson[],
  side: "wa" | "cl",
  slots: readonly T[],
  write: (slot: T, identity: BankIdentity) => void,
): number {
  let used = 0;
  for (const person of plan) {
    const identity = person[side];
    if (!identity) continue;
    const slot = slots[used];
    if (slot === undefined) break;
    write(slot, identity);
    used++;
  }
  return used;
}
