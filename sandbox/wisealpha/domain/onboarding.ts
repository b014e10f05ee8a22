import type { Customer } from "../store/types";
import { fieldsNeeded } from "./validation";

/**
 * State transitions WiseAlpha itself makes. Seed (PUT/PATCH example): once the profile
 * is complete the automated check starts and shows "AML Check Pending"; its result
 * arrives later (here: through a scenario control) as an account.aml-check-* event.
 */
export function startAmlCheckIfReady(customer: Customer, now: Date): boolean {
  if (customer.aml_status !== "No Check Performed" || fieldsNeeded(customer, now).length > 0) return false;
  customer.aml_status = "AML Check Pending";
  return true;
}

/** Seed: once both ID documents are uploaded the status becomes "AML Documents Provided". */
export function markDocumentsProvidedIfComplete(customer: Customer): boolean {
  if (customer.aml_status !== "Auto Check Failed") return false;
  const both = ["photo_id", "proof_of_address"].every((t) => {
    const s = customer.documents[t]?.status;
    return s === "provided" || s === "approved";
  });
  if (both) customer.aml_status = "AML Documents Provided";
  return both;
}
