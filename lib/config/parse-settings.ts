import { z } from "zod";

/**
 * The one way every process reads its settings (web, worker, intake listener, `npm start`,
 * provider configs): zod over the environment, and a bad value stops the process with the
 * variable's name. An empty variable means "not set" (its default applies), except where a
 * schema gives the empty string a meaning of its own (`keepEmpty`, the web app's settings).
 * No `server-only`: the worker, the intake listener and scripts read settings too.
 */
export function parseSettings<S extends z.ZodType>(
  schema: S,
  label: string,
  source: Record<string, string | undefined> = process.env,
  options: { keepEmpty?: boolean } = {},
): z.infer<S> {
  const set = options.keepEmpty ? source : Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(set);
  if (!parsed.success) {
    throw new Error(`Invalid ${label}:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  return parsed.data;
}
