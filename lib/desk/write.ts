import type { Db } from "@/lib/db/client";
import type { Editor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { bumpDataVersion } from "@/lib/store/data-version";
import type { Tx } from "@/lib/store/sql";

/** The facts the desk edits, as named in history records, the API and the queue. */
export const FACT_KINDS = ["engagement", "participation", "topic", "outcome"] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface Change {
  factType: FactKind;
  factId: number;
  engagementId: number;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/** One editorial transaction: its client, and the history it appends as it goes. */
export interface EditorialTx {
  tx: Tx;
  editor: Editor;
  reason: string;
  record(changes: Change[]): Promise<void>;
}

/** What readers see of the editor: their display name, else their role. */
export function publicActorName(editor: Pick<Editor, "name" | "role">): string {
  return editor.name.trim() || (editor.role === "admin" ? "an admin" : "an editor");
}

/**
 * Runs every desk write: one transaction, its history records inside it, so a change and its
 * record commit together or not at all.
 */
export async function runEditorialWrite<T>(db: Db, editor: Editor, reason: string, work: (write: EditorialTx) => Promise<T>): Promise<T> {
  const trimmed = reason.trim();
  if (trimmed === "") throw new AppError("BAD_REQUEST", "Give a reason for the change: readers see it in the fact's history");
  return db.$transaction(
    async (tx) => {
      const write: EditorialTx = {
        tx,
        editor,
        reason: trimmed,
        async record(changes) {
          if (changes.length === 0) return;
          await tx.factChange.createMany({
            data: changes.map((change) => ({
              ...change,
              actorId: editor.id,
              actorName: publicActorName(editor),
              actorRole: editor.role,
              reason: trimmed,
            })),
          });
        },
      };
      const result = await work(write);
      await bumpDataVersion(tx);
      return result;
    },
    { timeout: 30_000 },
  );
}

/** A version-checked conflict message that tells the editor what to do. */
export function versionConflict(what: string, current: number, given: number): AppError {
  return new AppError(
    "VERSION_CONFLICT",
    `Someone else changed this ${what} while you were editing (your copy is version ${given}, the stored one is version ${current}). Review the current values, then apply your change again.`,
    { currentVersion: current },
  );
}

/** Values as history stores them: text, or null for "none". */
export function asHistoryValue(value: string | number | null | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}
