import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

/**
 * `prisma migrate deploy` through @prisma/adapter-pg 6.19 fails with "Column type 'name'
 * could not be deserialized" (prisma/orm#27403): the schema engine reads pg_catalog, whose
 * columns have system types (name, "char", regproc, …) the adapter refuses, although pg
 * hands their values over as plain strings. This client relabels those columns as text
 * (text arrays for arrays) before the adapter sees them. Used for migrations only; the app
 * never selects such columns.
 *
 * The adapter's executeScript also splits a migration at every ";", which breaks function
 * bodies ($$ … ; … $$) and comments containing a semicolon: the migration adapter sends the
 * script whole instead (the simple query protocol runs several statements in one call).
 */
const AS_TEXT = 25;
const AS_TEXT_ARRAY = 1009;
const SYSTEM_TEXT_TYPES = new Set([18, 19, 22, 24, 28, 29, 30, 194, 1033, 2202, 2203, 2204, 2205, 2206, 3734, 3769, 4089, 4096]);
const SYSTEM_TEXT_ARRAY_TYPES = new Set([1002, 1003, 1008, 1034, 1006, 1013]);

type Field = { dataTypeID: number };

function relabel<T>(result: T): T {
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of (one as { fields?: Field[] } | undefined)?.fields ?? []) {
      if (SYSTEM_TEXT_TYPES.has(field.dataTypeID)) field.dataTypeID = AS_TEXT;
      else if (SYSTEM_TEXT_ARRAY_TYPES.has(field.dataTypeID)) field.dataTypeID = AS_TEXT_ARRAY;
    }
  }
  return result;
}

class CatalogReadingClient extends pg.Client {
  // pg's query has many overloads; every form either takes a trailing callback or returns a promise.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      const callback = last as (error: unknown, result: unknown) => void;
      return (super.query as (...a: unknown[]) => never)(...args.slice(0, -1), (error: unknown, result: unknown) => callback(error, error ? result : relabel(result)));
    }
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    return (returned instanceof Promise ? returned.then(relabel) : returned) as never;
  }
}

type Connected = Awaited<ReturnType<PrismaPg["connect"]>>;

class MigrationPg extends PrismaPg {
  override async connect(): Promise<Connected> {
    const adapter = await super.connect();
    const internals = adapter as unknown as { client: pg.Pool; onError(error: unknown): never };
    adapter.executeScript = async (script: string) => {
      try {
        await internals.client.query(script);
      } catch (error) {
        internals.onError(error);
      }
    };
    return adapter;
  }
}

/** The pg adapter for `prisma migrate`: reads the system catalog and runs whole migration scripts. */
export function migrationAdapter(connectionString: string): PrismaPg {
  return new MigrationPg(new pg.Pool({ connectionString, Client: CatalogReadingClient }), { disposeExternalPool: true });
}
