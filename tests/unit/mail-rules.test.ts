import { describe, expect, it } from "vitest";
import { digestDueAt } from "@/lib/mail/digest-due-at";
import { mailConfig } from "@/lib/mail/mail-config";
import { kindsForRoles } from "@/lib/mail/notification-kind-labels";
import { renderMail } from "@/lib/mail/render-mail";
import { MAX_MAIL_ATTEMPTS, retryDelayMs } from "@/lib/mail/retry-delay";

const good = {
  SMTP_URL: "smtp://user:p%40ss@mail.school.ru:587",
  MAIL_FROM: "Наставник <noreply@school.ru>",
  APP_URL: "https://n.school.ru/",
};

describe("mailConfig", () => {
  it("is off without SMTP_URL, and reads a good setting", () => {
    expect(mailConfig({})).toBeNull();
    expect(mailConfig({ SMTP_URL: "  " })).toBeNull();
    expect(mailConfig(good)).toEqual({ smtpUrl: good.SMTP_URL, from: good.MAIL_FROM, appUrl: "https://n.school.ru" });
    expect(
      mailConfig({ ...good, MAIL_FROM: "noreply@school.ru", APP_URL: undefined, AUTH_URL: "http://localhost:3000" }),
    ).toEqual({ smtpUrl: good.SMTP_URL, from: "noreply@school.ru", appUrl: "http://localhost:3000" });
    expect(mailConfig({ ...good, SMTP_URL: "smtps://mail.school.ru" })?.smtpUrl).toBe("smtps://mail.school.ru");
  });

  it("fails with a clear message on an invalid SMTP_URL", () => {
    for (const bad of ["mail.school.ru:587", "http://mail.school.ru", "smtp://", "smtp:mail"]) {
      expect(() => mailConfig({ ...good, SMTP_URL: bad })).toThrow(
        "SMTP_URL задан неверно: ожидается адрес вида smtp://логин:пароль@сервер:587 или smtps://логин:пароль@сервер:465 / SMTP_URL is not a valid smtp:// or smtps:// URL",
      );
    }
  });

  it("fails on a missing or invalid MAIL_FROM, and on a missing APP_URL", () => {
    for (const from of [undefined, "", "noreply", "Наставник <noreply>", "a@b.ru\r\nBcc: x@y.ru"]) {
      expect(() => mailConfig({ ...good, MAIL_FROM: from })).toThrow(
        /^MAIL_FROM не задан или задан неверно.* \/ MAIL_FROM is missing or invalid/,
      );
    }
    expect(() => mailConfig({ ...good, APP_URL: undefined })).toThrow(/APP_URL is missing or invalid/);
    expect(() => mailConfig({ ...good, APP_URL: "ftp://x" })).toThrow(/APP_URL не задан или задан неверно/);
  });
});

describe("the daily digest's hour", () => {
  const now = new Date("2026-12-10T02:00:00Z");
  it("is 07:00 of the school's day", () => {
    expect(digestDueAt(now, ["Europe/Moscow"])).toEqual(new Date("2026-12-10T04:00:00Z"));
    expect(digestDueAt(now, ["Asia/Vladivostok"])).toEqual(new Date("2026-12-09T21:00:00Z"));
    expect(digestDueAt(now, [])).toBeNull();
  });

  it("is 07:00 of the westernmost school for someone in several, so it never comes before 07:00 in any", () => {
    expect(digestDueAt(now, ["Asia/Vladivostok", "Europe/Kaliningrad", "Europe/Moscow"])).toEqual(
      new Date("2026-12-10T05:00:00Z"),
    );
  });
});

describe("retries", () => {
  it("back off exponentially up to six hours", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(MAX_MAIL_ATTEMPTS)).toBe(6 * 3_600_000);
  });
});

describe("renderMail", () => {
  it("writes the same words to both parts and escapes them in HTML", () => {
    const mail = renderMail({
      subject: "Тема",
      paragraphs: ["Школа: <«Лицей» & Co>"],
      action: { label: "Открыть", url: 'https://n.test/a?x=1&y="2"' },
      footer: { settingsUrl: "https://n.test/account", unsubscribeUrl: "https://n.test/email/unsubscribe?token=t" },
    });
    expect(mail.textBody).toContain("Школа: <«Лицей» & Co>");
    expect(mail.textBody).toContain("Отписаться от писем: https://n.test/email/unsubscribe?token=t");
    expect(mail.htmlBody).toContain("Школа: &lt;«Лицей» &amp; Co&gt;");
    expect(mail.htmlBody).toContain('href="https://n.test/a?x=1&amp;y=&quot;2&quot;"');
    expect(mail.htmlBody).not.toContain("<«Лицей»");
  });
});

describe("the kinds offered by role", () => {
  it("gives each role only its events", () => {
    expect(kindsForRoles(["PARENT"])).toContain("MEETING_TOMORROW");
    expect(kindsForRoles(["PARENT"])).not.toContain("CONSENT_WITHDRAWN");
    expect(kindsForRoles(["CURATOR"])).toContain("CONSENT_WITHDRAWN");
    expect(kindsForRoles([])).toEqual([]);
  });
});
