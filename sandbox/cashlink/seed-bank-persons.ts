import { generateUsers } from "../investsuite/generate-data";
import { overlayIdentities, planBankPersons } from "../lib/bank-persons";
import type { Investor } from "./types";

/**
 * Gives a share of the seeded investors the identity of a bank customer who also exists at
 * InvestSuite and/or WiseAlpha (../lib/bank-persons.ts): natural persons from index 40 on,
 * so the demo investor and the first investors the tests name keep their data.
 */
export function applyBankPersons(investors: Investor[], seed: number, isUsers: number): number {
  const plan = planBankPersons(generateUsers(seed, isUsers));
  const slots = investors.filter((inv, i) => i >= 40 && inv.natural_person !== null);
  return overlayIdentities(plan, "cl", slots, (inv, id) => {
    Object.assign(inv.natural_person!, { forename: id.first, surname: id.last, birth_date: id.birthDate });
    if (inv.bank_account) inv.bank_account.account_holder = `${id.first} ${id.last}`;
    inv.communication = { ...inv.communication, email: id.email };
    if (id.number) inv.external_id = id.number;
  });
}
