import { z } from "zod";

export interface MailConfig {
  /** smtp://user:password@host:587 or smtps://…:465, as nodemailer reads it. */
  smtpUrl: string;
  /** The From header: `address` or `Name <address>`. */
  from: string;
  /** Where links in mail point: the app's public address without a trailing slash. */
  appUrl: string;
}

type Env = Record<string, string | undefined>;

const fail = (russian: string, english: string) => new Error(`${russian} / ${english}`);

/**
 * The mail settings, checked once at start-up: null when SMTP_URL is unset (mail is off, nothing is written to the
 * outbox); a setting that is there but wrong throws, so the server does not start with mail that cannot work.
 * Links in mail must be absolute: APP_URL (or next-auth's AUTH_URL) is required when mail is on.
 */
export function mailConfig(env: Env = process.env): MailConfig | null {
  const raw = env.SMTP_URL?.trim();
  if (!raw) return null;
  const smtp = URL.canParse(raw) ? new URL(raw) : null;
  if (!smtp || !["smtp:", "smtps:"].includes(smtp.protocol) || !smtp.hostname) {
    throw fail(
      "SMTP_URL задан неверно: ожидается адрес вида smtp://логин:пароль@сервер:587 или smtps://логин:пароль@сервер:465",
      "SMTP_URL is not a valid smtp:// or smtps:// URL (e.g. smtp://user:password@host:587)",
    );
  }
  const from = env.MAIL_FROM?.trim() ?? "";
  if (!validFrom(from)) {
    throw fail(
      "MAIL_FROM не задан или задан неверно: ожидается адрес отправителя, например «Наставник <noreply@school.ru>»",
      "MAIL_FROM is missing or invalid: expected a sender address such as 'Наставник <noreply@school.ru>'",
    );
  }
  const app = (env.APP_URL ?? env.AUTH_URL ?? "").trim();
  const appUrl = URL.canParse(app) ? new URL(app) : null;
  if (!appUrl || !["http:", "https:"].includes(appUrl.protocol)) {
    throw fail(
      "APP_URL не задан или задан неверно: при включённой почте нужен адрес приложения для ссылок в письмах, например https://nastavnik.school.ru",
      "APP_URL is missing or invalid: mail links need the app's public address, e.g. https://nastavnik.school.ru",
    );
  }
  return { smtpUrl: raw, from, appUrl: `${appUrl.origin}${appUrl.pathname}`.replace(/\/+$/, "") };
}

/** `noreply@school.ru` or `Наставник <noreply@school.ru>`, one line. */
function validFrom(from: string): boolean {
  if (/[\r\n]/.test(from)) return false;
  const address = /<([^<>]+)>$/.exec(from)?.[1] ?? from;
  return z.email().safeParse(address.trim()).success;
}
