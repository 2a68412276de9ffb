/** What a desk form shows after its server action ran: a message, and on failure the values the editor typed. */
export interface FormState {
  status: "idle" | "ok" | "error" | "conflict";
  message: string;
  /** what the editor submitted, so nothing they typed is lost */
  values?: Record<string, string>;
  /** on a conflict: the version now stored (submitting again applies the change on top of it) and its values */
  currentVersion?: number;
  current?: Record<string, string>;
}

export const IDLE: FormState = { status: "idle", message: "" };
