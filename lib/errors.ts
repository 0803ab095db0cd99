export type AppErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID";

const defaultMessages: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "Войдите в систему, чтобы продолжить.",
  FORBIDDEN: "Недостаточно прав для этого действия.",
  NOT_FOUND: "Запись не найдена или у вас нет к ней доступа.",
  CONFLICT: "Данные уже изменились. Обновите страницу.",
  INVALID: "Проверьте введённые данные.",
};

/** An expected failure whose message is safe to show to the user. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message = defaultMessages[code],
    readonly fieldErrors?: Record<string, string[]>,
    /** Extra data the form needs, e.g. the current values after an edit conflict. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const httpStatusOf: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 400,
};

/**
 * What the server log keeps of an unexpected error: its kind, database code and stack frames, never its message —
 * a database error's message quotes the record being written, and records here are children's personal data.
 */
export function describeUnexpected(error: unknown): string {
  if (!(error instanceof Error)) return `unexpected ${typeof error}`;
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .slice(0, 8);
  return [`${error.name}${typeof code === "string" ? ` ${code}` : ""}`, ...frames].join("\n");
}
