-- A provider write is audited before the call (ATTEMPTED) and after it (SUCCESS / FAILURE).
ALTER TYPE "AuditOutcome" ADD VALUE 'ATTEMPTED';
