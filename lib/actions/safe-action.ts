import "server-only";

import { revalidatePath } from "next/cache";
import { createSafeActionClient, returnValidationErrors, type InferCtx } from "next-safe-action";
import { z } from "zod";

import { isPermission } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { getRequestContext, getRequestLogger } from "@/lib/request-context";

/**
 * The one client every server action is built from. A server action is a public
 * POST endpoint, so the permission check lives here, inside the action, not in a
 * page or a hidden button. An action without a known permission is refused.
 */
export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string().min(1), permission: z.string() }),
  async handleServerError(error, { metadata }) {
    if (error instanceof AppError) return error.message;
    (await getRequestLogger()).error({ err: error, action: metadata?.name }, "server action failed");
    return GENERIC_ERROR_MESSAGE;
  },
}).use(async ({ next, metadata }) => {
  if (!isPermission(metadata.permission)) {
    throw new AppError("FORBIDDEN", `Action ${metadata.name} names no known permission and is refused.`);
  }
  const user = await authorize(metadata.permission, `action:${metadata.name}`);
  // Built once here and passed to every domain function that audits or transitions.
  const request = await getRequestContext(user);
  return next({ ctx: { user, request } });
});

type ActionContext = InferCtx<typeof actionClient>;
/** The page(s) an action's change shows on: fixed, or named from the input and the result (a detail page, a four-eyes outcome). */
type Refresh<I, R> = string | readonly string[] | ((input: I, result: R) => string | readonly string[]);

/**
 * The usual action of an area: one permission, one domain call as the signed-in person, then a
 * refresh of the pages that show the change. An area names its permission and page once,
 * `const review = areaAction("onboarding.review", { refresh: "/onboarding/cases" })`, and each
 * action is then `review(name, schema, run)` instead of the whole client chain again. An action
 * that does more (validation errors from the domain, no refresh) keeps its own body.
 */
export function areaAction(permission: string, area: { refresh?: string; type?: "layout" | "page" } = {}) {
  return <S extends z.ZodType, R>(
    name: string,
    input: S,
    run: (input: z.output<S>, ctx: ActionContext) => Promise<R>,
    refresh: Refresh<z.output<S>, R> | undefined = area.refresh,
  ) =>
    actionClient
      .metadata({ name, permission })
      .inputSchema(input)
      .action(async ({ parsedInput, ctx }) => {
        const parsed = parsedInput as z.output<S>;
        const result = await run(parsed, ctx);
        const paths = typeof refresh === "function" ? refresh(parsed, result) : (refresh ?? []);
        for (const path of typeof paths === "string" ? [paths] : paths) revalidatePath(path, area.type);
        return result;
      });
}

/** A domain function of the usual form (the signed-in person, the input) as an action's run: `act(name, schema, asUser(recordSurvey))`. */
export function asUser<I, R>(domain: (user: ActionContext["user"], input: I) => Promise<R>) {
  return (input: I, ctx: ActionContext) => domain(ctx.user, input);
}

/** A domain refusal about one field of the form (`{ field, message }`), shown next to that field like a validation error; throws. */
export function refuseField(schema: z.ZodType, refusal: { field: string; message: string }): never {
  return returnValidationErrors(schema as never, { [refusal.field]: { _errors: [refusal.message] } } as never);
}

/** For a domain call that answers nothing: the action answers `{ ok: true }`, which the forms read as done. */
export async function done(work: Promise<unknown>): Promise<{ ok: true }> {
  await work;
  return { ok: true };
}
