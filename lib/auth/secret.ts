import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";

/**
 * The secret better-auth signs session cookies with: BETTER_AUTH_SECRET when set, else the
 * file `.auth-secret` that `npm run db:setup` writes once (git-ignored, readable by its owner
 * only). Never a constant in the code.
 */
export const AUTH_SECRET_FILE = path.join(process.cwd(), ".auth-secret");

export function readAuthSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const fromFile = existsSync(AUTH_SECRET_FILE) ? readFileSync(AUTH_SECRET_FILE, "utf8").trim() : "";
  if (fromFile) return fromFile;
  throw new AppError("INTERNAL", "No BETTER_AUTH_SECRET and no .auth-secret file: run `npm run db:setup` once to create it");
}

/** Creates `.auth-secret` with 32 random bytes unless BETTER_AUTH_SECRET or the file exists. Returns whether it wrote one. */
export function ensureAuthSecret(file: string = AUTH_SECRET_FILE): boolean {
  if (process.env.BETTER_AUTH_SECRET?.trim() || existsSync(file)) return false;
  writeFileSync(file, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
  return true;
}
