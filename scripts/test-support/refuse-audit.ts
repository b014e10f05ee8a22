import { getDb } from "@/lib/db";

// Test-only: finding 2's failure, a database that refuses the audit row written after the
// provider accepted (as a failing disk or a dropped connection would), made by a trigger on
// AuditEntry that only the row of one action and outcome trips.

/** From now on the database refuses `action`'s audit rows with `outcome` (SUCCESS unless said). */
export async function refuseAuditRowOf(action: string, outcome = "SUCCESS") {
  await getDb().$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION test_refuse_audit() RETURNS trigger AS $$
    BEGIN
      IF NEW.outcome::text = TG_ARGV[1] AND NEW.action = TG_ARGV[0] THEN RAISE EXCEPTION 'injected failure after the provider call'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await getDb().$executeRawUnsafe(
    `CREATE TRIGGER test_refuse_audit BEFORE INSERT ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION test_refuse_audit('${action}', '${outcome}')`,
  );
}

/** Audit rows are written again (the trigger dropped, if there was one). */
export async function allowAuditRows() {
  await getDb().$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_refuse_audit ON "AuditEntry"`);
}
