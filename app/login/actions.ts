"use server";

import { redirect } from "next/navigation";
import { signInThroughHandler } from "@/lib/auth/sign-in";
import type { FormState } from "@/lib/desk/form-state";

const MESSAGES = {
  invalid: "Wrong e-mail address or password.",
  "rate-limited": "Too many sign-in attempts. Wait a minute, then try again.",
  refused: "This sign-in request came from another site and was refused.",
} as const;

export async function signInAction(_previous: FormState, form: FormData): Promise<FormState> {
  const email = String(form.get("email") ?? "").trim();
  const password = String(form.get("password") ?? "");
  if (email === "" || password === "") return { status: "error", message: "Enter your e-mail address and password.", values: { email } };
  const outcome = await signInThroughHandler(email, password);
  if (outcome !== "signed-in") return { status: "error", message: MESSAGES[outcome], values: { email } };
  redirect("/desk");
}
