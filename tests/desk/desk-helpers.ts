import { useSeededApiDatabase as seedApiDatabase } from "@/tests/api/api-database";
import type { TestDatabase } from "@/tests/helpers/database";

export const ORIGIN = "http://readout.test";
export const PASSWORD = "a long test password 1";

/**
 * A seeded database for desk tests with better-auth pointed at it: the shared auth instance
 * is dropped so it is rebuilt on the test's database, with a test-only secret.
 */
export async function seedDeskDatabase(name: string): Promise<TestDatabase> {
  process.env.BETTER_AUTH_SECRET = "test-secret-for-desk-integration-tests-0123456789";
  const test = await seedApiDatabase(name);
  (globalThis as unknown as { readoutAuth?: unknown }).readoutAuth = undefined;
  return test;
}

/** Signs in through better-auth's HTTP handler (origin check and rate limit included); returns the response. */
export async function signIn(email: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
  const { auth } = await import("@/lib/auth/auth");
  return auth().handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
      body: JSON.stringify({ email, password }),
    }),
  );
}

/** The session cookie of a successful sign-in, as a Cookie header value. */
export function sessionCookie(response: Response): string {
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] as string);
  const session = cookies.filter((cookie) => cookie.includes("session_token"));
  if (session.length === 0) throw new Error(`no session cookie (status ${response.status})`);
  return session.join("; ");
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a write route handler as Next would. */
export function callWrite(
  handler: unknown,
  method: string,
  path: string,
  params: Record<string, string>,
  options: { cookie?: string; origin?: string | null; ifMatch?: string; body?: unknown } = {},
): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin !== null) headers.origin = options.origin ?? ORIGIN;
  if (options.ifMatch !== undefined) headers["if-match"] = options.ifMatch;
  const request = new Request(`${ORIGIN}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  return (handler as Handler)(request, { params: Promise.resolve(params) });
}
