import { z } from "zod";

import { storableDay, storableText } from "./storable";

/**
 * Missing profile fields a reviewer can provide (seed 004: Profile, Address, Bank account,
 * Tax residency and TOS objects). Every part is optional; only what is filled in is sent
 * (PATCH), and each part is complete or refused.
 */
const REQUIRED = "This field is required.";
const text = (max = 200) => storableText(max);
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
// Kept as the text WiseAlpha receives; storableDay refuses impossible dates and years outside 1900–2200.
const date = z.string().refine((v) => storableDay.safeParse(v).success, "Use a real date in the format YYYY-MM-DD.");
const country = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, "A two-letter country code, e.g. GB.");

export const addressSchema = z
  .object({
    flatOrApartmentNumber: opt(text(50)),
    houseName: opt(text(100)),
    houseNumber: opt(text(50)),
    address1: text().min(1, REQUIRED),
    address3: text().min(1, REQUIRED),
    postCode: text(20).min(1, REQUIRED),
    country: opt(country),
    fromDate: opt(date),
  })
  .refine((a) => a.flatOrApartmentNumber || a.houseName || a.houseNumber, {
    message: "You must specify at least one of flat_or_apartment_number, house_number, house_name.",
    path: ["houseNumber"],
  });

export const profileFieldsSchema = z
  .object({
    caseId: storableText(64).min(1, REQUIRED),
    contactNumber: opt(z.string().regex(/^\+?[\d\s()-]{6,20}$/, "Enter a valid phone number.")),
    nationality: opt(country),
    dateOfBirth: opt(date.refine((d) => Date.parse(`${d}T00:00:00Z`) < Date.now(), "The date of birth must be in the past.")),
    address: addressSchema.optional(),
    taxResidency: z.object({ country, taxIdentificationNumber: text(50).min(1, REQUIRED) }).optional(),
    bankDetailsGbp: z
      .object({
        accountName: text().min(1, REQUIRED),
        sortCode: z
          .string()
          .transform((s) => s.replace(/[\s-]/g, ""))
          .pipe(z.string().regex(/^\d{6}$/, "Sort code must be 6 digits.")),
        accountNumber: z
          .string()
          .transform((s) => s.replace(/\s/g, ""))
          .pipe(z.string().regex(/^\d{8}$/, "Account number must be 8 digits.")),
      })
      .optional(),
    tosAcceptance: z
      .object({
        date: z.iso.datetime({ offset: true, message: "A date and time, e.g. 2026-11-23T10:00:00Z." }),
        ipAddress: z.union([z.ipv4(), z.ipv6()], { message: "An IP address." }),
      })
      .optional(),
  })
  .refine((p) => Object.entries(p).some(([k, v]) => k !== "caseId" && v !== undefined), { message: "Fill in at least one field." });
export type ProfileFieldsInput = z.infer<typeof profileFieldsSchema>;

/** The PATCH body with the seed's field names. */
export function toProfileUpdate(input: ProfileFieldsInput) {
  const a = input.address;
  return {
    ...(input.contactNumber ? { contact_number: input.contactNumber } : {}),
    ...(input.nationality ? { nationality: input.nationality.toUpperCase() } : {}),
    ...(input.dateOfBirth ? { date_of_birth: input.dateOfBirth } : {}),
    ...(a
      ? {
          address: {
            flat_or_apartment_number: a.flatOrApartmentNumber ?? null,
            house_name: a.houseName ?? null,
            house_number: a.houseNumber ?? null,
            address1: a.address1,
            address3: a.address3,
            post_code: a.postCode,
            country: a.country?.toLowerCase() ?? null,
            from_date: a.fromDate ?? null,
          },
        }
      : {}),
    ...(input.taxResidency
      ? {
          tax_residencies: [
            { country: input.taxResidency.country.toLowerCase(), tax_identification_number: input.taxResidency.taxIdentificationNumber },
          ],
        }
      : {}),
    ...(input.bankDetailsGbp
      ? {
          bank_details: {
            GBP: {
              account_name: input.bankDetailsGbp.accountName,
              sort_code: input.bankDetailsGbp.sortCode,
              account_number: input.bankDetailsGbp.accountNumber,
              country_code: "gb",
            },
          },
        }
      : {}),
    ...(input.tosAcceptance ? { tos_acceptance: { date: input.tosAcceptance.date, ip_address: input.tosAcceptance.ipAddress } } : {}),
  };
}

export const createCustomerSchema = z.object({
  email: z.email("Enter a valid email address.").max(254),
  firstName: text(100).min(1, REQUIRED),
  lastName: text(100).min(1, REQUIRED),
});
export type CreateCustomerInput = z.infer<typeof createCustomerSchema>;
