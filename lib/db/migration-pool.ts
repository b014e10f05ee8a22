import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

/**
 * Type OIDs Prisma 6.19's pg adapter cannot map while the schema engine reads the
 * catalog: `"char"` (18), `name` (19) and their arrays (1002, 1003). They are plain
 * text for every purpose the engine has, so we report them as text / text[].
 */
const TEXT_LIKE_OIDS = new Map([
  [18, 25],
  [19, 25],
  [1002, 1009],
  [1003, 1009],
]);

type FieldLike = { dataTypeID: number };

function patchFields(result: unknown) {
  const fields = (result as { fields?: FieldLike[] } | undefined)?.fields;
  for (const field of fields ?? []) field.dataTypeID = TEXT_LIKE_OIDS.get(field.dataTypeID) ?? field.dataTypeID;
  return result;
}

/** A pg.Pool whose results never carry the catalog types the adapter rejects. Migrations only. */
class CatalogSafePool extends pg.Pool {
  // pg's overloads make a faithful override signature unwieldy; we only wrap the promise form.
  override query(...args: unknown[]): never {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result && typeof (result as Promise<unknown>).then === "function") {
      return (result as Promise<unknown>).then(patchFields) as never;
    }
    return result as never;
  }
}

/**
 * Adapter factory for the Prisma CLI (migrate deploy/dev). It also connects the
 * shadow database with discrete settings, because 6.19 ignores the database name
 * when a connection string is used.
 */
export function createMigrationAdapter(connectionString: string) {
  const url = new URL(connectionString);
  const discrete = {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username || "postgres"),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1) || "postgres"),
  };
  const factory = new PrismaPg(new CatalogSafePool(discrete));
  const connect = factory.connect.bind(factory);
  factory.connect = async () => wholeScriptAdapter(await connect());
  factory.connectToShadowDb = async () => {
    const admin = await factory.connect();
    const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = new PrismaPg(new CatalogSafePool({ ...discrete, database }), { disposeExternalPool: true });
    const conn = wholeScriptAdapter(await shadow.connect());
    const dispose = conn.dispose.bind(conn);
    conn.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE "${database}"`);
      await admin.dispose();
    };
    return conn;
  };
  return factory;
}

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * 6.19's `executeScript` splits a migration on every `;`, which cuts dollar-quoted
 * function bodies (our audit trigger) in half. PostgreSQL's simple query protocol
 * runs a multi-statement script as one implicit transaction, so we send it whole:
 * a migration now applies completely or not at all.
 */
function wholeScriptAdapter(adapter: PgAdapter): PgAdapter {
  const driver = adapter.underlyingDriver() as pg.Pool;
  adapter.executeScript = async (script: string) => {
    try {
      await driver.query(script);
    } catch (error) {
      (adapter as unknown as { onError(e: unknown): never }).onError(error);
    }
  };
  return adapter;
}
