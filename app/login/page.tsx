import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { editorFromHeaders } from "@/lib/auth/session";
import { ActionForm } from "@/components/desk/action-form";
import { signInAction } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Editor sign-in", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Editors only; readers never need an account. */
export default async function LoginPage({ searchParams }: Props) {
  if ((await editorFromHeaders(await headers())) !== null) redirect("/desk");
  const signedOut = (await searchParams).signedOut !== undefined;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-semibold tracking-tight">Editor sign-in</h1>
      <p className="mt-1 text-sm text-muted">For the review desk. Reading Readout needs no account.</p>
      {signedOut ? (
        <p role="status" className="mt-3 text-sm">
          You are signed out.
        </p>
      ) : null}
      <div className="mt-4">
        <ActionForm
          action={signInAction}
          legend="Your account"
          submitLabel="Sign in"
          fields={[
            { name: "email", label: "E-mail address", type: "email", required: true, autoComplete: "username" },
            { name: "password", label: "Password", type: "password", required: true, autoComplete: "current-password" },
          ]}
        />
      </div>
    </div>
  );
}
