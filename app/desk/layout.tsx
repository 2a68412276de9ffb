import type { Metadata } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { editorFromHeaders } from "@/lib/auth/session";
import { signOutAction } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Review desk", template: "%s · Review desk · Readout" },
  robots: { index: false, follow: false },
};

/** Every desk page needs a signed-in editor; the session is read per request, never cached. */
export default async function DeskLayout({ children }: { children: ReactNode }) {
  const editor = await editorFromHeaders(await headers());
  if (editor === null) redirect("/login");
  return (
    <div>
      <nav aria-label="Desk" className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-line pb-3 text-sm">
        <Link href="/desk" prefetch={false} className="font-semibold">
          Review queue
        </Link>
        <Link href="/desk/add" prefetch={false}>
          Add an article
        </Link>
        {editor.role === "admin" ? (
          <Link href="/desk/editors" prefetch={false}>
            Editors
          </Link>
        ) : null}
        <span className="ml-auto text-muted">
          Signed in as {editor.name || editor.email} ({editor.role})
        </span>
        <form action={signOutAction}>
          <button type="submit" className="rounded border border-line px-2 py-1">
            Sign out
          </button>
        </form>
      </nav>
      {children}
    </div>
  );
}
