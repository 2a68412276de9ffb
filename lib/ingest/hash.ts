import { createHash } from "node:crypto";

/** Step 6: the content address. Strings hash as their UTF-8 bytes, so a file and its decoded text agree. */
export function sha256Of(raw: string | Uint8Array): string {
  return createHash("sha256").update(raw).digest("hex");
}
