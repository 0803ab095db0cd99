/** The largest request a server action accepts (next.config.ts): a 10 MB file and the form around it. */
export const MAX_ACTION_BODY_BYTES = 11 * 1024 * 1024;

/** What the server answers (413) to a larger request, and what a form shows when its call fails that way. */
export const UPLOAD_TOO_BIG = "Файл слишком большой: можно загрузить файл до 10 МБ.";

/** The form's own check before sending: a Russian message for the file field, or null. */
export function checkFileSize(file: File | null | undefined, maxBytes: number, limitLabel: string): string | null {
  if (!file || file.size === 0) return null;
  return file.size > maxBytes ? `Файл больше ${limitLabel}: выберите файл поменьше.` : null;
}

/** A form's message when the call itself failed (the server refused the request's size, or the connection broke). */
export const UPLOAD_FAILED = "Не удалось отправить файл: он больше 10 МБ или прервалась связь. Попробуйте ещё раз.";
