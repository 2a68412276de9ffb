import { AppError } from "@/lib/errors";
import { auth } from "./auth";

export const EDITOR_ROLES = ["editor", "admin"] as const;
export type EditorRole = (typeof EDITOR_ROLES)[number];

/** The signed-in person as the desk knows them. The e-mail address stays inside the desk. */
export interface Editor {
  id: string;
  name: string;
  email: string;
  role: EditorRole;
}

function roleOf(value: unknown): EditorRole {
  return value === "admin" ? "admin" : "editor";
}

/** The editor whose session cookie the request carries, or null (no cookie, expired, revoked). */
export async function editorFromHeaders(headers: Headers): Promise<Editor | null> {
  const session = await auth().api.getSession({ headers });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: unknown };
  return { id: user.id, name: user.name, email: user.email, role: roleOf(user.role) };
}

/** Every mutation starts here: 401 without a session, 403 when the role is not enough. */
export function requireRole(editor: Editor | null, role: EditorRole = "editor"): Editor {
  if (editor === null) throw new AppError("UNAUTHENTICATED", "Sign in as an editor to make changes");
  if (role === "admin" && editor.role !== "admin") throw new AppError("FORBIDDEN", "Only an admin can do this");
  return editor;
}

function allowedOrigins(request: Request): Set<string> {
  const origins = new Set([new URL(request.url).origin]);
  const host = request.headers.get("host");
  if (host) origins.add(`${new URL(request.url).protocol}//${host}`);
  if (process.env.BETTER_AUTH_URL) origins.add(new URL(process.env.BETTER_AUTH_URL).origin);
  for (const origin of process.env.READOUT_TRUSTED_ORIGINS?.split(",") ?? []) if (origin.trim()) origins.add(origin.trim());
  return origins;
}

/**
 * Refuses a write a browser sent from another site (403). Browsers always send Origin on
 * cross-origin writes and Sec-Fetch-Site on all; scripts that send neither (curl with a
 * session cookie) are let through, since no browser can be tricked into that.
 */
export function requireSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const site = request.headers.get("sec-fetch-site");
  if (site === "cross-site" || (origin !== null && !allowedOrigins(request).has(origin))) {
    throw new AppError("FORBIDDEN", "Requests from another origin are refused");
  }
}
