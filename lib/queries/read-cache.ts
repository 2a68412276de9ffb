import { cache } from "react";
import { db as sharedDb, type Db } from "@/lib/db/client";
import { databaseUrl, dialectOf } from "@/lib/db/url";
import { readDataVersion, readSqliteDataVersion } from "@/lib/store/data-version";

/**
 * Read models cached in this process under the data version (lib/store/data-version.ts).
 * Every write transaction raises the version, so the first request after a write — in this
 * process or any other — sees a new version and reloads: a cached answer is never stale.
 * The version is read once per page render (React's request cache) and once per API call;
 * rendered pages are cached the same way in lib/api/page-cache.ts.
 */

/** Entries kept; each is one bounded page of data (≤ 50 engagements), so memory stays bounded. */
const MAX_ENTRIES = 300;

interface Store {
  /** the database the entries came from (tests and tools switch DATABASE_URL) */
  url: string;
  version: number;
  entries: Map<string, Promise<unknown>>;
}

const globalForCache = globalThis as unknown as { readoutReadCache?: Store };

function store(): Store {
  globalForCache.readoutReadCache ??= { url: "", version: -1, entries: new Map() };
  return globalForCache.readoutReadCache;
}

interface VersionReads {
  /** the read on its way to the database */
  running: Promise<number> | null;
  /** the read that starts when `running` ends; callers arriving meanwhile share it */
  queued: Promise<number> | null;
}

const versionReads: VersionReads = { running: null, queued: null };

/**
 * The data version as of a read that STARTED after this call: a write committed before the
 * call is always seen. Concurrent callers share reads — a caller joins the queued read (which
 * has not started yet), never the running one (which may predate a write it must see) — so
 * under load the database answers about one version read per round trip, not one per request.
 */
export function freshDataVersion(): Promise<number> {
  // On SQLite the read is synchronous and takes microseconds: nothing to share, always fresh.
  const url = databaseUrl();
  if (dialectOf(url) === "sqlite") {
    try {
      return Promise.resolve(readSqliteDataVersion(url));
    } catch (error) {
      return Promise.reject(error);
    }
  }
  if (versionReads.queued !== null) return versionReads.queued;
  if (versionReads.running === null) return startVersionRead();
  const queued = versionReads.running.then(startQueuedRead, startQueuedRead);
  versionReads.queued = queued;
  return queued;
}

function startQueuedRead(): Promise<number> {
  // From now on it is running, no longer joinable: later callers queue the next read.
  versionReads.queued = null;
  return startVersionRead();
}

function startVersionRead(): Promise<number> {
  const read = readDataVersion(sharedDb());
  versionReads.running = read;
  const done = () => {
    if (versionReads.running === read) versionReads.running = null;
  };
  read.then(done, done);
  return read;
}

/** The data version, read at most once per server render. */
export const currentDataVersion = cache((): Promise<number> => freshDataVersion());

/**
 * The value of `load` for this key at the current data version: from memory when a request
 * already loaded it at this version, else loaded (concurrent misses share one load).
 */
export async function cachedRead<T>(key: string, load: (db: Db) => Promise<T>, version?: number): Promise<T> {
  // Benchmarks measure the uncached cost with READOUT_READ_CACHE=off.
  if (process.env.READOUT_READ_CACHE === "off") return load(sharedDb());
  const current = version ?? (await currentDataVersion());
  const cached = store();
  const url = databaseUrl();
  if (cached.version !== current || cached.url !== url) {
    // Entries of an older version can never be served again.
    cached.entries.clear();
    cached.version = current;
    cached.url = url;
  }
  const hit = cached.entries.get(key);
  if (hit !== undefined) {
    // Refresh its place in the least-recently-used order.
    cached.entries.delete(key);
    cached.entries.set(key, hit);
    return hit as Promise<T>;
  }
  const loading = load(sharedDb());
  cached.entries.set(key, loading);
  if (cached.entries.size > MAX_ENTRIES) cached.entries.delete(cached.entries.keys().next().value!);
  // A failed load is not remembered: the next request tries again.
  loading.catch(() => cached.entries.get(key) === loading && cached.entries.delete(key));
  return loading;
}

/** A stable cache key from a name and plain arguments. */
export function readKey(name: string, ...args: unknown[]): string {
  return `${name}:${JSON.stringify(args)}`;
}
