"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { editorFromHeaders, requireRole } from "@/lib/auth/session";
import { toPublicError } from "@/lib/errors";
import { applyDeskAction, FACT_ACTIONS, type FactAction } from "@/lib/desk/actions";
import { currentValues } from "@/lib/desk/current-values";
import { formToBody, submittedValues } from "@/lib/desk/form-body";
import type { FormState } from "@/lib/desk/form-state";
import { FACT_KINDS, type FactKind } from "@/lib/desk/write";

/**
 * The desk's one server action for fact and engagement changes. It checks the session and
 * role itself (a server action is a public endpoint), then runs the same code as the API.
 */
export async function deskAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = submittedValues(form);
  const kind = values._kind as FactKind;
  const action = values._action as FactAction;
  const key = values._key ?? "";
  let landing: string | null = null;
  try {
    const editor = requireRole(await editorFromHeaders(await headers()));
    if (!FACT_KINDS.includes(kind) || !FACT_ACTIONS.includes(action)) return { status: "error", message: "Unknown action.", values };
    const version = Number(values._version);
    const result = await applyDeskAction(db(), editor, { kind, key, version }, action, formToBody(kind, action, form));
    revalidatePath("/desk", "layout");
    const done = { accept: "Accepted", reject: "Rejected", edit: "Saved", move: "Moved", merge: "Merged", split: "Split off" }[action];
    if (action === "merge" || action === "split") landing = `/desk/engagements/${result.engagement}?done=${action}`;
    else return { status: "ok", message: `${done}. Version ${result.version}.` };
  } catch (error) {
    const failure = toPublicError(error);
    if (failure.code === "VERSION_CONFLICT") {
      const current = await currentValues(db(), kind, key).catch(() => null);
      return { status: "conflict", message: failure.message, values, currentVersion: current?.version, current: current?.values };
    }
    return { status: "error", message: failure.message, values };
  }
  // Outside the try: redirect() works by throwing.
  redirect(landing);
}

/** Signs out through better-auth's own endpoint (it deletes the session row) and clears the cookie. */
export async function signOutAction(): Promise<void> {
  const { signOutThroughHandler } = await import("@/lib/auth/sign-in");
  await signOutThroughHandler();
  redirect("/login?signedOut=1");
}
