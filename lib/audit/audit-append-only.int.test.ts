import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";

describe("the audit table is append-only in the database itself", () => {
  let id: bigint;
  beforeAll(async () => {
    const entry = await getDb().auditEntry.create({ data: { action: "user.created", outcome: "SUCCESS", details: { note: "original" } } });
    id = entry.id;
  });

  it("refuses UPDATE, even through raw SQL", async () => {
    await expect(getDb().$executeRaw`UPDATE "AuditEntry" SET "action" = 'rewritten' WHERE id = ${id}`).rejects.toThrow(
      /append-only: UPDATE/,
    );
    await expect(getDb().auditEntry.update({ where: { id }, data: { outcome: "FAILURE" } })).rejects.toThrow(/append-only/);
  });

  it("refuses DELETE and TRUNCATE", async () => {
    await expect(getDb().$executeRaw`DELETE FROM "AuditEntry" WHERE id = ${id}`).rejects.toThrow(/append-only: DELETE/);
    await expect(getDb().$executeRawUnsafe(`TRUNCATE "AuditEntry"`)).rejects.toThrow(/append-only: TRUNCATE/);
  });

  it("left the entry exactly as written", async () => {
    const entry = await getDb().auditEntry.findUniqueOrThrow({ where: { id } });
    expect(entry).toMatchObject({ action: "user.created", outcome: "SUCCESS", details: { note: "original" } });
  });
});
