import { cookies, headers } from "next/headers";
import { parseSetCookieHeader, toCookieOptions } from "better-auth/cookies";
import { auth } from "./auth";

/**
 * The /login form and the sign-out button run through better-auth's HTTP handler, not its
 * server API, so they get the same origin check and rate limit as a direct request to
 * /api/auth: the browser's Origin, Cookie and forwarding headers are passed on as received.
 */
async function callAuthEndpoint(path: string, body: unknown): Promise<Response> {
  const incoming = await headers();
  const host = incoming.get("x-forwarded-host") ?? incoming.get("host") ?? "localhost";
  const protocol = incoming.get("x-forwarded-proto") ?? "http";
  const forwarded = new Headers({ "content-type": "application/json" });
  for (const name of ["origin", "cookie", "user-agent", "x-forwarded-for", "x-real-ip", "sec-fetch-site"]) {
    const value = incoming.get(name);
    if (value !== null) forwarded.set(name, value);
  }
  const response = await auth().handler(new Request(`${protocol}://${host}/api/auth${path}`, { method: "POST", headers: forwarded, body: JSON.stringify(body) }));
  const jar = await cookies();
  for (const [name, attributes] of parseSetCookieHeader(response.headers.get("set-cookie") ?? "")) {
    jar.set(name, attributes.value, toCookieOptions(attributes));
  }
  return response;
}

export type SignInOutcome = "signed-in" | "invalid" | "rate-limited" | "refused";

export async function signInThroughHandler(email: string, password: string): Promise<SignInOutcome> {
  const response = await callAuthEndpoint("/sign-in/email", { email, password, rememberMe: true });
  if (response.ok) return "signed-in";
  if (response.status === 429) return "rate-limited";
  if (response.status === 403) return "refused";
  return "invalid";
}

export async function signOutThroughHandler(): Promise<void> {
  await callAuthEndpoint("/sign-out", {});
}
