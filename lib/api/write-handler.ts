import { db } from "@/lib/db/client";
import { editorFromHeaders, requireRole, requireSameOrigin } from "@/lib/auth/session";
import { AppError, toPublicError } from "@/lib/errors";
import { applyDeskAction, FACT_ACTIONS, type FactAction } from "@/lib/desk/actions";
import type { FactKind } from "@/lib/desk/write";
import { errorResponse } from "./handler";

/** Request bodies are small JSON objects; anything bigger is a mistake or an attack. */
const MAX_BODY_BYTES = 64 * 1024;

/** `If-Match: "3"` (a weak `W/"3"` is accepted too): the version the client last saw. */
export function parseIfMatch(header: string | null): number {
  if (header === null) throw new AppError("VERSION_REQUIRED", 'Send the fact\'s version in If-Match (e.g. If-Match: "3"), as given by GET');
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!match) throw new AppError("BAD_REQUEST", 'If-Match must be a quoted version number, e.g. "3"');
  return Number(match[1]);
}

async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) throw new AppError("BAD_REQUEST", "send the body as application/json");
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new AppError("BAD_REQUEST", "the body is too large");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "the body is not valid JSON");
  }
}

interface WriteParams {
  id?: string;
  slug?: string;
  action?: string;
}

/**
 * One authenticated write route: 403 from another origin, 401 without a session, 428 without
 * If-Match, 400 on an invalid body, 412 on a stale version, 200 with the fact as stored now.
 * Never cached.
 */
export function defineWriteRoute(kind: FactKind, fixedAction?: FactAction) {
  return async function write(request: Request, context: { params: Promise<WriteParams> }): Promise<Response> {
    try {
      requireSameOrigin(request);
      const editor = requireRole(await editorFromHeaders(request.headers));
      const params = await context.params;
      const action = fixedAction ?? params.action;
      if (!FACT_ACTIONS.includes(action as FactAction) || (action === "edit" && fixedAction !== "edit")) throw new AppError("NOT_FOUND", `unknown action ‘${String(action).slice(0, 40)}’`);
      const version = parseIfMatch(request.headers.get("if-match"));
      const body = await readJson(request);
      const result = await applyDeskAction(db(), editor, { kind, key: params.slug ?? params.id ?? "", version }, action as FactAction, body);
      return new Response(JSON.stringify(result), {
        status: 200,
        headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ETag: `"${result.version}"` },
      });
    } catch (error) {
      return errorResponse(toPublicError(error));
    }
  };
}
