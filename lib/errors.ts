/** Every failure the app reports on purpose carries one of these codes. */
export const ERROR_CODES = {
  BAD_REQUEST: { http: 400, exit: 2 },
  BAD_USAGE: { http: 400, exit: 2 },
  NOT_FOUND: { http: 404, exit: 1 },
  QUOTE_NOT_FOUND: { http: 422, exit: 1 },
  QUOTE_AMBIGUOUS: { http: 422, exit: 1 },
  INVALID_DATA: { http: 422, exit: 1 },
  UNREADABLE_INPUT: { http: 422, exit: 1 },
  ALREADY_PRESENT: { http: 409, exit: 0 },
  UNAUTHENTICATED: { http: 401, exit: 1 },
  FORBIDDEN: { http: 403, exit: 1 },
  CONFLICT: { http: 409, exit: 1 },
  VERSION_CONFLICT: { http: 412, exit: 1 },
  VERSION_REQUIRED: { http: 428, exit: 2 },
  INTERNAL: { http: 500, exit: 70 },
} as const satisfies Record<string, { http: number; exit: number }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  override readonly name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code].http;
  }

  get exitCode(): number {
    return ERROR_CODES[this.code].exit;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * The one place unknown errors become user-facing: AppErrors keep their message, anything
 * else is logged in full and reported only as a generic internal error.
 */
export function toPublicError(error: unknown, log: (e: unknown) => void = console.error): AppError {
  if (isAppError(error)) return error;
  log(error);
  return new AppError("INTERNAL", "Something went wrong on our side. The error has been logged.");
}
