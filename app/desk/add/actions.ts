"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { editorFromHeaders, requireRole } from "@/lib/auth/session";
import { toPublicError } from "@/lib/errors";
import { checkMetadata, previewArticle, readUploadedArticle, saveArticle, type ArticlePreview } from "@/lib/desk/add-article";
import type { FormState } from "@/lib/desk/form-state";

export interface AddArticleState extends FormState {
  preview?: ArticlePreview;
  /** the article text read at preview, base64 so it is saved byte for byte */
  carried?: { raw64: string; fileName: string };
  articleSlug?: string;
}

const PASTE_FORMATS = new Set(["txt", "md", "html"]);

function text(form: FormData, name: string): string | null {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

async function articleBytes(form: FormData): Promise<{ fileName: string; bytes: Uint8Array }> {
  const carried = text(form, "raw64");
  const carriedName = text(form, "carriedName");
  if (carried && carriedName) return { fileName: carriedName, bytes: new Uint8Array(Buffer.from(carried, "base64")) };
  const file = form.get("file");
  if (file instanceof File && file.size > 0) return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  const pasted = form.get("text");
  if (typeof pasted === "string" && pasted.trim() !== "") {
    const format = String(form.get("format") ?? "txt");
    return { fileName: `pasted.${PASTE_FORMATS.has(format) ? format : "txt"}`, bytes: new TextEncoder().encode(pasted) };
  }
  return { fileName: "", bytes: new Uint8Array() };
}

/** Preview or save, chosen by the button pressed; both read the article the same way. */
export async function addArticleAction(_previous: AddArticleState, form: FormData): Promise<AddArticleState> {
  const values = Object.fromEntries([...form.entries()].filter(([name, value]) => typeof value === "string" && !name.startsWith("$ACTION") && name !== "raw64").map(([name, value]) => [name, value as string]));
  try {
    requireRole(await editorFromHeaders(await headers()));
    const meta = { title: text(form, "title"), publisher: text(form, "publisher"), url: text(form, "url"), published: text(form, "published") };
    checkMetadata(meta);
    const upload = await articleBytes(form);
    if (upload.fileName === "") return { status: "error", message: "Choose a .txt, .md or .html file, or paste the article text.", values };
    const read = await readUploadedArticle(upload);
    const carried = { raw64: Buffer.from(read.raw, "utf8").toString("base64"), fileName: read.fileName };
    if (form.get("intent") !== "save") {
      const preview = previewArticle(read, meta);
      return { status: "ok", message: `Preview of ${read.fileName}: ${preview.engagements.length} engagement(s) found. Nothing is stored until you save.`, preview, carried, values };
    }
    const result = await saveArticle(db(), read, meta);
    revalidatePath("/desk", "layout");
    if (result.status === "already-present") return { status: "error", message: `Already ingested as ${result.articleSlug}; nothing changed.`, values, articleSlug: result.articleSlug };
    const note = result.note ? ` (${result.note})` : "";
    return {
      status: "ok",
      message: `Saved as ${result.articleSlug}: ${result.engagementsCreated} engagement(s) created, ${result.engagementsMerged} merged${note}. Its facts are in the review queue.`,
      articleSlug: result.articleSlug,
    };
  } catch (error) {
    return { status: "error", message: toPublicError(error).message, values };
  }
}
