import { generateUsers } from "../../investsuite/generate-data";
import { overlayIdentities, planBankPersons } from "../../lib/bank-persons";
import type { State } from "./types";

/**
 * Gives a share of the generated customers the identity of a bank customer who also exists
 * at InvestSuite and/or Cashlink (../../lib/bank-persons.ts). Only customers from index 100,
 * every 7th, with a birth date already set take one, so the validation state of every customer
 * (and every onboarding count) is what generation made it.
 */
export function applyBankPersons(state: State, seed: number, isUsers: number): number {
  const plan = planBankPersons(generateUsers(seed, isUsers));
  const managed = Object.values(state.customers).filter((c) => c.owner === "super");
  const slots = managed.filter((c, i) => i >= 100 && (i - 100) % 7 === 0 && c.date_of_birth !== null);
  return overlayIdentities(plan, "wa", slots, (c, id) => {
    c.email = id.email;
    c.first_name = id.first;
    c.last_name = id.last;
    c.date_of_birth = id.birthDate;
    if (id.number) c.external_id = id.number;
  });
}
