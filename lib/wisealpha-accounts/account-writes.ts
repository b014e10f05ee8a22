import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { WiseAlphaAccountWriteKind } from "@/generated/prisma/enums";
import { auditedProviderWrite, type ProviderWriteIntent } from "@/lib/audit/audited-provider-write";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isProviderError, type ProviderError } from "@/lib/providers/errors";
import { refusalOf, type WiseAlphaRefusal } from "@/lib/providers/wisealpha/error-body";
import { withNulls } from "@/lib/db/with-nulls";

/**
 * One robowise or funding write at WiseAlpha, sent at most once per form submission.
 *
 * WiseAlpha takes no idempotency key (seed 004 documents none), and a repeated fund or
 * create would move the money or open the portfolio twice. So our WiseAlphaAccountWrite row,
 * unique on the form's `requestKey`, is written first and claimed before the call:
 * - DONE: the same submission again gets the first answer, nothing is sent;
 * - SENDING or UNKNOWN (no clear answer): refused with "may already have been applied";
 * - REFUSED (WiseAlpha said 4xx, nothing happened there): the form may send a corrected request.
 * The call itself goes through auditedProviderWrite (ATTEMPTED before, SUCCESS/FAILURE after),
 * and the row becomes DONE in the SUCCESS row's transaction.
 */

export type AccountWrite = {
  requestKey: string;
  kind: WiseAlphaAccountWriteKind;
  customerRef: string;
  accountRef: string;
  robowiseRef?: string;
  amount?: string;
  currency?: string;
  payload: Record<string, unknown>;
};

export type WriteOutcome<R> = { ok: true; value: R } | { ok: false; refusal: WiseAlphaRefusal };

const UNKNOWN_CODES = new Set(["server_error", "timeout", "network", "invalid_response"]);
const unknownOutcome = (e: ProviderError) => e.status === null || e.status >= 500 || UNKNOWN_CODES.has(e.code);

export function mayAlreadyBeAppliedAtWiseAlpha(id: string) {
  return (
    `This request may already have been applied at WiseAlpha (its answer was lost). Do not send it again: ` +
    `reload the page and check the portfolio and the account's cash first (reference ${id}).`
  );
}

/** Claims the row for `write` (creating it, or re-using a REFUSED one); returns the stored answer of a DONE one. */
async function claim(actor: CurrentUser, write: AccountWrite): Promise<{ id: string } | { done: Prisma.JsonValue }> {
  const db = getDb();
  const data = {
    kind: write.kind,
    customerRef: write.customerRef,
    accountRef: write.accountRef,
    ...withNulls(write, ["robowiseRef", "amount", "currency"]),
    payload: write.payload as Prisma.InputJsonValue,
    actorId: actor.id,
  };
  const created = await db.wiseAlphaAccountWrite
    .create({ data: { ...data, requestKey: write.requestKey }, select: { id: true } })
    .catch((error: unknown) => {
      if ((error as { code?: string }).code === "P2002") return null;
      throw error;
    });
  if (created) return created;

  const existing = await db.wiseAlphaAccountWrite.findUniqueOrThrow({ where: { requestKey: write.requestKey } });
  // A key belongs to one form of one person about one thing: anything else is a forged or mixed-up key.
  if (existing.actorId !== actor.id || existing.kind !== write.kind || existing.accountRef !== write.accountRef)
    throw new AppError("CONFLICT", "This form was already used for another request; reload the page.");
  if (existing.state === "DONE") return { done: existing.result };
  if (existing.state === "REFUSED") {
    const reclaimed = await db.wiseAlphaAccountWrite.updateMany({
      where: { id: existing.id, state: "REFUSED" },
      data: { ...data, state: "SENDING", failureMessage: null },
    });
    if (reclaimed.count === 1) return { id: existing.id };
  }
  throw new AppError("CONFLICT", mayAlreadyBeAppliedAtWiseAlpha(existing.id));
}

/**
 * Sends `call` once for this request key. A 4xx refusal comes back as `{ ok: false }` with
 * WiseAlpha's field messages (the form shows them next to its fields); anything else that
 * fails throws an AppError with a message for the person.
 */
export async function sendAccountWrite<W, R extends Prisma.InputJsonValue>(
  actor: CurrentUser,
  write: AccountWrite,
  audit: Pick<ProviderWriteIntent, "action" | "targetType" | "targetId">,
  call: () => Promise<W>,
  settle: (written: W) => { result: R; robowiseRef?: string; details?: Record<string, unknown> },
): Promise<WriteOutcome<R>> {
  const claimed = await claim(actor, write);
  if ("done" in claimed) return { ok: true, value: claimed.done as R };
  const id = claimed.id;
  const db = getDb();

  let failure: ProviderError | undefined;
  let called = false;
  try {
    const value = await auditedProviderWrite(
      { actor, provider: "wisealpha", ...audit, details: { ...write.payload, request: id } },
      async () => {
        called = true;
        try {
          return await call();
        } catch (error) {
          if (isProviderError(error)) failure = error;
          throw error;
        }
      },
      (written) => {
        const settled = settle(written);
        return {
          result: settled.result,
          targetId: settled.robowiseRef,
          details: settled.details,
          apply: async (tx) => {
            await tx.wiseAlphaAccountWrite.update({
              where: { id },
              data: { state: "DONE", result: settled.result, ...(settled.robowiseRef ? { robowiseRef: settled.robowiseRef } : {}) },
            });
          },
        };
      },
    );
    return { ok: true, value };
  } catch (error) {
    if (failure && !unknownOutcome(failure)) {
      await db.wiseAlphaAccountWrite.update({ where: { id }, data: { state: "REFUSED", failureMessage: failure.userMessage } });
      const refusal = refusalOf(failure.details);
      // 403/404/422 usually carry only `detail`; with no message at all the rephrased one is shown.
      return {
        ok: false,
        refusal: { fields: refusal.fields, form: refusal.form ?? (Object.keys(refusal.fields).length ? null : failure.userMessage) },
      };
    }
    if (!called) {
      // Nothing reached WiseAlpha (the intent could not be recorded): the same form may try again.
      await db.wiseAlphaAccountWrite
        .update({ where: { id }, data: { state: "REFUSED", failureMessage: "not sent" } })
        .catch(() => undefined);
      throw error;
    }
    // Lost answer, or WiseAlpha accepted and recording failed: it may have happened there.
    await db.wiseAlphaAccountWrite
      .updateMany({ where: { id, state: "SENDING" }, data: { state: "UNKNOWN", failureMessage: failure?.userMessage ?? null } })
      .catch(() => undefined);
    if (failure) throw new AppError("PROVIDER", `${failure.userMessage} ${mayAlreadyBeAppliedAtWiseAlpha(id)}`);
    throw error;
  }
}
