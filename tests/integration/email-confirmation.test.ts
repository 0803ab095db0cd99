import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateOwnEmail } from "@/lib/accounts/update-own-email";
import { checkEmailConfirmation } from "@/lib/mail/check-email-confirmation";
import { checkUnsubscribeToken } from "@/lib/mail/check-unsubscribe-token";
import { confirmEmail } from "@/lib/mail/confirm-email";
import { deliverOutbox } from "@/lib/mail/deliver-outbox";
import { tooSoonMessage } from "@/lib/mail/queue-email-confirmation";
import { saveMailPreferences } from "@/lib/mail/save-mail-preferences";
import { unsubscribeByToken } from "@/lib/mail/unsubscribe-by-token";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { createSmtpTestServer, useMailSettings } from "../support/smtp-test-server";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
const smtp = createSmtpTestServer();
let school: SchoolFixture;
let restoreSettings = () => {};

beforeAll(async () => {
  await smtp.start();
  restoreSettings = useMailSettings(smtp);
  school = await createSchoolFixture(database.db, "Подтверждение");
});

afterAll(async () => {
  restoreSettings();
  await smtp.stop();
});

/** Delivers the outbox and reads the confirmation link's token from the mail that reached `address`. */
async function tokenMailedTo(address: string): Promise<string> {
  await deliverOutbox(database.db);
  const mail = smtp.mailboxOf(address).at(-1);
  expect(mail?.parsed.subject).toBe("«Наставник»: подтвердите адрес электронной почты");
  const token = /\/email\/confirm\?token=([\w-]+)/.exec(mail?.parsed.text ?? "")?.[1];
  expect(token).toBeTruthy();
  return token!;
}

const userOf = (userId: string) => database.db.user.findUniqueOrThrow({ where: { id: userId } });

describe("confirming an e-mail address", () => {
  it("mails a link that confirms the current address without signing in, and refuses a wrong, stale or expired one", async () => {
    const mentor = school.people.mentorA;
    actAs(await school.viewer(mentor));
    expect(await updateOwnEmail({ email: "old@mail.test" })).toMatchObject({ ok: true, data: { outcome: "confirmation-sent" } });
    const oldToken = await tokenMailedTo("old@mail.test");
    expect(await updateOwnEmail({ email: "new@mail.test" })).toMatchObject({ ok: true, data: { outcome: "confirmation-sent" } });
    const token = await tokenMailedTo("new@mail.test");
    expect(await database.db.emailConfirmation.count({ where: { userId: mentor.userId } })).toBe(2);

    actAs(null);
    expect(await confirmEmail({ token: "no-such-token" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await confirmEmail({ token: "bad token!" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await confirmEmail({ token: oldToken })).toMatchObject({
      ok: false,
      error: expect.stringContaining("больше не указан в профиле"),
    });
    expect((await userOf(mentor.userId)).emailConfirmedAt).toBeNull();

    expect(await confirmEmail({ token })).toMatchObject({ ok: true, data: { email: "new@mail.test" } });
    expect((await userOf(mentor.userId)).emailConfirmedAt).not.toBeNull();
    expect(await database.db.emailConfirmation.count({ where: { userId: mentor.userId } })).toBe(0);
    // A first confirmation turns on immediate mail for the kinds of the user's roles.
    const setting = await database.db.notificationSetting.findUniqueOrThrow({ where: { userId: mentor.userId } });
    expect(setting).toMatchObject({ digest: false });
    expect(setting.emailKinds).toContain("MEETING_TOMORROW");
    expect(setting.emailKinds).not.toContain("CONSENT_WITHDRAWN");
    // The link works once.
    expect(await confirmEmail({ token })).toMatchObject({ ok: false, code: "INVALID" });
  });

  it("refuses an expired link", async () => {
    const curator = school.people.curator;
    actAs(await school.viewer(curator));
    expect(await updateOwnEmail({ email: "curator@mail.test" })).toMatchObject({ ok: true });
    const token = await tokenMailedTo("curator@mail.test");
    await database.db.emailConfirmation.updateMany({ where: { userId: curator.userId }, data: { expiresAt: new Date() } });
    expect(await checkEmailConfirmation(database.db, token)).toMatchObject({ ok: false, reason: "expired" });
    actAs(null);
    expect(await confirmEmail({ token })).toMatchObject({ ok: false, error: expect.stringContaining("истёк") });
    expect((await userOf(curator.userId)).emailConfirmedAt).toBeNull();
  });

  it("unconfirms the address when it changes, and sends one link a minute at most", async () => {
    const director = school.people.director;
    await database.db.user.update({
      where: { id: director.userId },
      data: { email: "director@mail.test", emailConfirmedAt: new Date() },
    });
    actAs(await school.viewer(director));
    expect(await updateOwnEmail({ email: "director@mail.test" })).toMatchObject({ data: { outcome: "already-confirmed" } });
    expect(await updateOwnEmail({ email: "Director2@Mail.test" })).toMatchObject({ data: { email: "director2@mail.test" } });
    expect((await userOf(director.userId)).emailConfirmedAt).toBeNull();
    expect(await updateOwnEmail({ email: "director2@mail.test" })).toMatchObject({
      ok: false,
      fieldErrors: { email: [tooSoonMessage] },
    });
    expect(await updateOwnEmail({ email: "" })).toMatchObject({ ok: true, data: { outcome: "removed" } });
    expect(await database.db.emailConfirmation.count({ where: { userId: director.userId } })).toBe(0);
  });

  it("saves the address but sends nothing when mail is off", async () => {
    const saved = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      actAs(await school.viewer(school.people.parentB));
      const outboxBefore = await database.db.emailOutbox.count();
      expect(await updateOwnEmail({ email: "parent@mail.test" })).toMatchObject({ data: { outcome: "saved-mail-off" } });
      expect(await database.db.emailOutbox.count()).toBe(outboxBefore);
    } finally {
      process.env.SMTP_URL = saved;
    }
  });
});

describe("e-mail preferences", () => {
  it("are the user's own, only for a confirmed address and only kinds of their roles", async () => {
    actAs(await school.viewer(school.people.menteeA));
    expect(await saveMailPreferences({ kinds: ["MEETING_TOMORROW"], delivery: "digest" })).toMatchObject({
      ok: false,
      error: "Сначала подтвердите адрес электронной почты.",
    });
    await database.db.user.update({
      where: { id: school.people.menteeA.userId },
      data: { email: "pupil@mail.test", emailConfirmedAt: new Date() },
    });
    expect(await saveMailPreferences({ kinds: ["CONSENT_WITHDRAWN"], delivery: "immediate" })).toMatchObject({
      ok: false,
      fieldErrors: { kinds: ["Эти уведомления не приходят при ваших ролях"] },
    });
    expect(await saveMailPreferences({ kinds: ["MEETING_TOMORROW"], delivery: "sometimes" as "digest" })).toMatchObject({
      ok: false,
      fieldErrors: { delivery: ["Выберите, как присылать письма"] },
    });
    expect(await saveMailPreferences({ kinds: "MEETING_TOMORROW", delivery: "digest" })).toMatchObject({ ok: true });
    const setting = await database.db.notificationSetting.findUniqueOrThrow({ where: { userId: school.people.menteeA.userId } });
    expect(setting).toMatchObject({ emailKinds: ["MEETING_TOMORROW"], digest: true });
    actAs(null);
    expect(await saveMailPreferences({ kinds: [], delivery: "immediate" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("unsubscribing by the link in a mail", () => {
  it("turns mail off without signing in, and refuses a bad link politely", async () => {
    const setting = await database.db.notificationSetting.findUniqueOrThrow({ where: { userId: school.people.mentorA.userId } });
    actAs(null);
    expect(await checkUnsubscribeToken(database.db, setting.unsubscribeToken)).toEqual({ ok: true, mailOn: true });
    expect(await unsubscribeByToken({ token: "x".repeat(43) })).toMatchObject({
      ok: false,
      code: "INVALID",
      error: expect.stringContaining("Ссылка для отписки недействительна"),
    });
    expect(await checkUnsubscribeToken(database.db, "nothing")).toMatchObject({ ok: false });
    expect(await unsubscribeByToken({ token: setting.unsubscribeToken })).toMatchObject({ ok: true });
    const after = await database.db.notificationSetting.findUniqueOrThrow({ where: { userId: school.people.mentorA.userId } });
    expect(after.emailKinds).toEqual([]);
    expect(await checkUnsubscribeToken(database.db, setting.unsubscribeToken)).toEqual({ ok: true, mailOn: false });
    // Other users keep their mail.
    const other = await database.db.notificationSetting.findUniqueOrThrow({ where: { userId: school.people.menteeA.userId } });
    expect(other.emailKinds).toEqual(["MEETING_TOMORROW"]);
  });
});
