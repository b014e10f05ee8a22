import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { signInAs } from "@/scripts/test-support/auth";

import { deletePortfolioViewAction, savePortfolioViewAction } from "./views";

const state = { q: "status eq 'ACTIVE'", sort: "creation_datetime:desc", size: 25, cols: "" };

describe("saved portfolio views, called directly", () => {
  it("STAFF saves and deletes an own view, each audited with the change", async () => {
    const staff = await signInAs("STAFF");
    const name = `mine ${Date.now()}`;
    const saved = await savePortfolioViewAction({ name, state, shared: false });
    expect(saved.serverError).toBeUndefined();
    const id = saved.data!.id;
    expect(await getDb().savedView.findUniqueOrThrow({ where: { id } })).toMatchObject({
      area: "portfolios",
      ownerId: staff.user.id,
      shared: false,
      state,
    });
    expect(await getDb().auditEntry.count({ where: { action: "view.saved", targetId: id } })).toBe(1);

    const deleted = await deletePortfolioViewAction({ id });
    expect(deleted.serverError).toBeUndefined();
    expect(await getDb().savedView.findUnique({ where: { id } })).toBeNull();
    expect(await getDb().auditEntry.count({ where: { action: "view.deleted", targetId: id } })).toBe(1);
  });

  it("STAFF may not share a view with everyone; nothing is saved", async () => {
    await signInAs("STAFF");
    const name = `shared-attempt ${Date.now()}`;
    const result = await savePortfolioViewAction({ name, state, shared: true });
    expect(result.serverError).toBe("Only an admin can share a view with everyone.");
    expect(await getDb().savedView.count({ where: { name } })).toBe(0);
  });

  it("ADMIN shares a view (view.shared audited); another user cannot delete it", async () => {
    await signInAs("ADMIN");
    const name = `team ${Date.now()}`;
    const result = await savePortfolioViewAction({ name, state, shared: true });
    const id = result.data!.id;
    expect(await getDb().auditEntry.count({ where: { action: "view.shared", targetId: id } })).toBe(1);

    await signInAs("COMPLIANCE");
    const refused = await deletePortfolioViewAction({ id });
    expect(refused.serverError).toBe("That view does not exist or is not yours.");
    expect(await getDb().savedView.count({ where: { id } })).toBe(1);
  });
});
