import { z } from "zod";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db/client";
import { auth } from "./auth";
import { EDITOR_ROLES, type EditorRole } from "./session";

/** The same rules for `npm run editor:add` and the admin's form at /desk/editors. */
export const newEditorSchema = z.object({
  email: z.email({ error: "not an e-mail address" }).max(254).transform((email) => email.toLowerCase()),
  name: z.string().trim().max(100, { error: "a display name has at most 100 characters" }).default(""),
  role: z.enum(EDITOR_ROLES, { error: "the role is editor or admin" }).default("editor"),
  password: z
    .string()
    .min(12, { error: "the password needs at least 12 characters" })
    .max(256, { error: "the password has at most 256 characters" }),
});
export type NewEditor = z.input<typeof newEditorSchema>;

export interface EditorAccount {
  id: string;
  email: string;
  name: string;
  role: EditorRole;
  createdAt: Date;
}

/**
 * Creates an account with better-auth's own password hashing, through its internal adapter
 * (sign-up over HTTP is closed). The address must be new.
 */
export async function createEditor(input: NewEditor): Promise<EditorAccount> {
  const parsed = newEditorSchema.safeParse(input);
  if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues.map((issue) => issue.message).join("; "));
  const { email, name, role, password } = parsed.data;
  const context = await auth().$context;
  if (await context.internalAdapter.findUserByEmail(email)) throw new AppError("CONFLICT", `an account for ${email} already exists`);
  const hash = await context.password.hash(password);
  const user = await context.internalAdapter.createUser({ email, name, role, emailVerified: true }, { method: "admin" });
  await context.internalAdapter.linkAccount({ userId: user.id, providerId: "credential", accountId: user.id, password: hash });
  return { id: user.id, email, name, role, createdAt: user.createdAt };
}

/** All accounts, newest last; bounded by how many editors a newsroom has, capped anyway. */
export async function listEditors(): Promise<EditorAccount[]> {
  const users = await db().user.findMany({ orderBy: { createdAt: "asc" }, take: 500, select: { id: true, email: true, name: true, role: true, createdAt: true } });
  return users.map((user) => ({ ...user, role: user.role === "admin" ? "admin" : "editor" }));
}

/** Role change or removal; an admin cannot demote or remove themself (there would be no admin left to undo it). */
export async function setEditorRole(actingAdminId: string, userId: string, role: EditorRole): Promise<void> {
  if (actingAdminId === userId) throw new AppError("BAD_REQUEST", "you cannot change your own role");
  const { count } = await db().user.updateMany({ where: { id: userId }, data: { role } });
  if (count === 0) throw new AppError("NOT_FOUND", "no such editor");
}

/** Removing an account ends its sessions; its history records keep the display name they were written with. */
export async function removeEditor(actingAdminId: string, userId: string): Promise<void> {
  if (actingAdminId === userId) throw new AppError("BAD_REQUEST", "you cannot remove your own account");
  const { count } = await db().user.deleteMany({ where: { id: userId } });
  if (count === 0) throw new AppError("NOT_FOUND", "no such editor");
}
