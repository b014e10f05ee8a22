import "server-only";

import { Prisma } from "@/generated/prisma/client";
import { auditAs } from "@/lib/audit/write-audit";
import { hasPermission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { savedViewStateSchema, type SavedViewState } from "@/lib/validations/portfolios";

export type SavedViewItem = { id: string; name: string; shared: boolean; mine: boolean; ownerId: string; state: SavedViewState };

/** The user's own views and every shared one, own first, by name. */
export async function findSavedViews(user: CurrentUser, area: string): Promise<SavedViewItem[]> {
  const rows = await getDb().savedView.findMany({
    where: { area, OR: [{ ownerId: user.id }, { shared: true }] },
    orderBy: [{ name: "asc" }],
  });
  return rows
    .map((r) => {
      // A view saved by an older version of the page may lack a key: defaults fill it rather than hiding the view.
      const state = savedViewStateSchema.safeParse(r.state);
      return {
        id: r.id,
        name: r.name,
        shared: r.shared,
        mine: r.ownerId === user.id,
        ownerId: r.ownerId,
        state: state.success ? state.data : savedViewStateSchema.parse({}),
      };
    })
    .sort((a, b) => Number(b.mine) - Number(a.mine));
}

/**
 * Saves (or overwrites, by name) one of the user's own views. Sharing with everyone is
 * an ADMIN decision (`views.share`); the audit entry commits with the change.
 */
export async function saveView(user: CurrentUser, area: string, input: { name: string; state: SavedViewState; shared: boolean }) {
  if (input.shared && !hasPermission(user.role, "views.share"))
    throw new AppError("FORBIDDEN", "Only an admin can share a view with everyone.");
  return getDb().$transaction(async (tx) => {
    const existing = await tx.savedView.findUnique({ where: { area_ownerId_name: { area, ownerId: user.id, name: input.name } } });
    const state = input.state as unknown as Prisma.InputJsonValue;
    const view = existing
      ? await tx.savedView.update({ where: { id: existing.id }, data: { state, shared: input.shared } })
      : await tx.savedView.create({ data: { area, name: input.name, ownerId: user.id, state, shared: input.shared } });
    await auditAs(
      tx,
      user,
      "view.saved",
      { type: "view", id: view.id },
      { area, name: view.name, state: input.state, replaced: Boolean(existing) },
    );
    if (input.shared && !existing?.shared) {
      await auditAs(tx, user, "view.shared", { type: "view", id: view.id }, { area, name: view.name });
    }
    return { id: view.id };
  });
}

/** Deletes one of the user's own views; an admin may also delete a shared view. */
export async function deleteView(user: CurrentUser, id: string) {
  return getDb().$transaction(async (tx) => {
    const view = await tx.savedView.findUnique({ where: { id } });
    const mayDelete = view && (view.ownerId === user.id || (view.shared && hasPermission(user.role, "views.share")));
    if (!view || !mayDelete) throw new AppError("NOT_FOUND", "That view does not exist or is not yours.");
    await tx.savedView.delete({ where: { id } });
    await auditAs(tx, user, "view.deleted", { type: "view", id: id }, { area: view.area, name: view.name, shared: view.shared });
  });
}
