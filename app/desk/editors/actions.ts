"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { createEditor, removeEditor, setEditorRole } from "@/lib/auth/editors";
import { editorFromHeaders, requireRole } from "@/lib/auth/session";
import { toPublicError } from "@/lib/errors";
import type { FormState } from "@/lib/desk/form-state";

async function asAdmin<T>(values: Record<string, string>, work: (adminId: string) => Promise<T>, done: string): Promise<FormState> {
  try {
    const admin = requireRole(await editorFromHeaders(await headers()), "admin");
    await work(admin.id);
    revalidatePath("/desk/editors");
    return { status: "ok", message: done };
  } catch (error) {
    return { status: "error", message: toPublicError(error).message, values };
  }
}

export async function addEditorAction(_previous: FormState, form: FormData): Promise<FormState> {
  const email = String(form.get("email") ?? "");
  const name = String(form.get("name") ?? "");
  const role = String(form.get("role") ?? "editor");
  return asAdmin({ email, name, role }, () => createEditor({ email, name, role: role as "editor" | "admin", password: String(form.get("password") ?? "") }), `Created ${email}.`);
}

export async function changeEditorAction(_previous: FormState, form: FormData): Promise<FormState> {
  const userId = String(form.get("userId") ?? "");
  const change = String(form.get("change") ?? "");
  return asAdmin(
    {},
    (adminId) => (change === "remove" ? removeEditor(adminId, userId) : setEditorRole(adminId, userId, change === "admin" ? "admin" : "editor")),
    change === "remove" ? "Account removed." : "Role changed.",
  );
}
