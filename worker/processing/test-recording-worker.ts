import { EVENT_HANDLERS, type EventHandler } from "../../lib/events/handlers";

/**
 * The real worker (worker/main.ts: AMQP consumer, claim loops, pg-boss, shutdown) with every
 * event handler replaced by one that records what it saw: a row per handled event in
 * RECORDING_TABLE, written in the batch's transaction, so it commits with the event's status or
 * not at all (a SIGKILLed worker's batch leaves no row). The table's serial `seq` is the order the
 * handlers ran in: an entity's next event is claimed only after its previous one committed, so
 * along `seq` an entity's rows are in the order processing reached them. For
 * worker/processing/scale-out.int.test.ts, whose subject is the distribution of the work, not
 * what the real handlers do with it (their own tests cover that).
 */
const table = process.env.RECORDING_TABLE;
if (!table || !/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error("RECORDING_TABLE must name the recording table (lower case).");

const record: EventHandler = async (tx, event) => {
  await tx.$executeRawUnsafe(`INSERT INTO ${table} ("eventId", pid) VALUES ($1::bigint, $2)`, event.id.toString(), process.pid);
};
for (const key of Object.keys(EVENT_HANDLERS)) EVENT_HANDLERS[key] = record;

await import("../main");
