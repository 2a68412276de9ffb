import type { FactAction } from "./actions";
import type { FactKind } from "./write";

/** Fields a form sends as "" that mean "none" in the API (a cleared place, no topic, no side). */
const NULLABLE = new Set(["topic", "side", "startDate", "endDate", "placeName", "placeCountry"]);
const ID_LISTS = ["participations", "topics", "outcomes"] as const;
const CONTROL = new Set(["_kind", "_key", "_version", "_action"]);

/**
 * A desk form's fields as the JSON body of the same action in the API. Empty optional fields
 * are left out of edits so a form never clears what it did not show.
 */
export function formToBody(kind: FactKind, action: FactAction, form: FormData): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    if (CONTROL.has(name) || name.startsWith("$ACTION") || typeof value !== "string") continue;
    if ((ID_LISTS as readonly string[]).includes(name)) continue;
    if (value === "" && NULLABLE.has(name)) body[name] = null;
    else if (name === "title" && kind === "participation") body[name] = value.trim() === "" ? null : value;
    else body[name] = value;
  }
  if (action === "split") {
    for (const list of ID_LISTS) body[list] = form.getAll(list).map(Number);
    if (body.startDate === undefined) body.startDate = null;
  }
  if (action === "merge" && typeof body.intoVersion === "string") body.intoVersion = body.intoVersion.trim() === "" ? undefined : Number(body.intoVersion);
  return body;
}

/** The submitted text fields, to give back to the form on failure. */
export function submittedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string" && !name.startsWith("$ACTION")) values[name] = value;
  return values;
}
