import { seedDatabase } from "@/lib/store/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/database";

/**
 * A seeded temporary database that the route handlers' shared client (lib/db/client `db()`)
 * points at: DATABASE_URL is set and any client made for another URL is dropped.
 */
export async function useSeededApiDatabase(name: string): Promise<TestDatabase> {
  const test = createTestDatabase(name);
  await seedDatabase(test.db);
  process.env.DATABASE_URL = test.url;
  const holder = globalThis as unknown as { readoutDb?: { $disconnect: () => Promise<void> } };
  await holder.readoutDb?.$disconnect();
  holder.readoutDb = undefined;
  return test;
}

type Get = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

/** Calls a route handler's GET as Next would, with the path parameters it expects. */
export function callRoute(get: unknown, url: string, params: Record<string, string> = {}, headers: HeadersInit = {}): Promise<Response> {
  return (get as Get)(new Request(new URL(url, "http://readout.test"), { headers }), { params: Promise.resolve(params as never) });
}
