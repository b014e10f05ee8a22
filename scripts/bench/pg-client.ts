import pg from "pg";

/**
 * A connected pg client that survives the server ending its session (the bench's own
 * DROP DATABASE … WITH (FORCE) on Ctrl-C): without an 'error' listener that is an
 * uncaught exception; with it, the pending query fails and the bench unwinds.
 */
export async function connectPg(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString });
  client.on("error", () => undefined);
  await client.connect();
  return client;
}
