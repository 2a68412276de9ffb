import { z } from "zod";
import { AppError } from "@/lib/errors";

/**
 * The engagement list's keyset cursor: the sort key (start date, id) of the last row served,
 * base64url-encoded JSON so clients treat it as opaque.
 */
export interface EngagementCursor {
  startDate: string | null;
  id: number;
}

const cursorSchema = z.strictObject({
  s: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  i: z.number().int().positive(),
});

export function encodeCursor(cursor: EngagementCursor): string {
  return Buffer.from(JSON.stringify({ s: cursor.startDate, i: cursor.id })).toString("base64url");
}

export function decodeCursor(value: string): EngagementCursor {
  const result = cursorSchema.safeParse(parseJson(Buffer.from(value, "base64url").toString("utf8")));
  if (!result.success) throw new AppError("BAD_REQUEST", "‘cursor’: malformed cursor (pass page.nextCursor unchanged)");
  return { startDate: result.data.s, id: result.data.i };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The people list's cursor: the last slug served, base64url-encoded. */
export function decodeSlugCursor(value: string): string {
  const slug = Buffer.from(value, "base64url").toString("utf8");
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 100) throw new AppError("BAD_REQUEST", "‘cursor’: malformed cursor (pass page.nextCursor unchanged)");
  return slug;
}
