import { z } from "zod";

import { isStorableText } from "./storable";

/** The search box's text: up to 200 characters that PostgreSQL can compare (no NUL, no lone surrogate). */
export const searchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(200, "Search for at most 200 characters.")
    .refine(isStorableText, "Contains characters that cannot be searched for.")
    .default(""),
});
