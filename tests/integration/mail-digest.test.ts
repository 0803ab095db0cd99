import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverOutbox } from "@/lib/mail/deliver-outbox";
import { sendDigests } from "@/lib/mail/send-digests";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { giveMail, notifyForTest } from "../support/mail-fixture";
import { createSmtpTestServer, useMailSettings } from "../support/smtp-test-server";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();
const smtp = createSmtpTestServer();
let school: SchoolFixture;
let restoreSettings = () => {};

// The school is in Vladivostok (UTC+10): its 07:00 of 10 December is 21:00 UTC on 9 December.
const utc = (iso: string) => new Date(`${iso}Z`);

beforeAll(async () => {
  await smtp.start();
  restoreSettings = useMailSettings(smtp);
  school = await createSchoolFixture(database.db, "Сводка");
  await database.db.school.update({ where: { id: school.schoolId }, data: { timeZone: "Asia/Vladivostok" } });
  await giveMail(database.db, school.people.menteeA.userId, {
    email: "digest@mail.test",
    confirmed: true,
    kinds: ["QUESTIONNAIRE_REMINDER", "MEETING_TOMORROW"],
    digest: true,
  });
  // An unconfirmed address never gets a digest.
  await giveMail(database.db, school.people.menteeB.userId, {
    email: "unconfirmed@mail.test",
    confirmed: false,
    kinds: ["QUESTIONNAIRE_REMINDER"],
    digest: true,
  });
});

afterAll(async () => {
  restoreSettings();
  await smtp.stop();
});

const notifyAt = async (createdAt: string, kind: "QUESTIONNAIRE_REMINDER" | "MEETING_TOMORROW" | "QUESTIONNAIRE_ASSIGNED") =>
  notifyForTest(database.db, {
    schoolId: school.schoolId,
    kind,
    userIds: [school.people.menteeA.userId, school.people.menteeB.userId],
    href: "/mentee",
    dedupeKey: `${kind}:${createdAt}`,
    createdAt: utc(createdAt),
  });

const digestRows = () =>
  database.db.emailOutbox.findMany({ where: { toAddress: "digest@mail.test" }, orderBy: { createdAt: "asc" } });

describe("the daily digest", () => {
  it("goes once a day at 07:00 of the school, counting the chosen kinds since the last one", async () => {
    for (const at of ["2026-12-09T10:00:00", "2026-12-09T11:00:00"]) {
      expect((await notifyAt(at, "QUESTIONNAIRE_REMINDER")).queued).toBe(0); // digest users get no mail at once
    }
    await notifyAt("2026-12-09T12:00:00", "MEETING_TOMORROW");
    await notifyAt("2026-12-09T12:00:00", "QUESTIONNAIRE_ASSIGNED"); // not chosen

    expect(await sendDigests(database.db, utc("2026-12-09T20:59:00"))).toEqual({ digests: 0 }); // 06:59 there
    expect(await sendDigests(database.db, utc("2026-12-09T21:05:00"))).toEqual({ digests: 1 });
    expect(await sendDigests(database.db, utc("2026-12-09T21:05:00"))).toEqual({ digests: 0 });
    expect(await sendDigests(database.db, utc("2026-12-10T08:00:00"))).toEqual({ digests: 0 });

    const [first] = await digestRows();
    expect(first.subject).toBe("«Наставник»: сводка уведомлений за день");
    expect(first.textBody).toContain("— Напоминание о незаполненной анкете: 2\n— Завтра встреча: 1");
    expect(first.textBody).not.toContain("Назначена анкета");
    expect(first.textBody).toContain("https://nastavnik.test/notifications");
    expect(first.textBody).not.toMatch(/Ученикова|Тест/);
    expect(first.listUnsubscribe).toMatch(/^https:\/\/nastavnik\.test\/email\/unsubscribe\?token=/);
    expect(await deliverOutbox(database.db)).toEqual({ sent: 1, failed: 0 });
    expect(smtp.mailboxOf("digest@mail.test")).toHaveLength(1);
    expect(smtp.mailboxOf("unconfirmed@mail.test")).toHaveLength(0);

    await notifyAt("2026-12-10T05:00:00", "QUESTIONNAIRE_REMINDER");
    expect(await sendDigests(database.db, utc("2026-12-10T20:00:00"))).toEqual({ digests: 0 }); // 06:00 of the 11th
    expect(await sendDigests(database.db, utc("2026-12-10T21:01:00"))).toEqual({ digests: 1 });
    const second = (await digestRows())[1];
    expect(second.textBody).toContain("— Напоминание о незаполненной анкете: 1");
    expect(second.textBody).not.toContain("Завтра встреча");

    // A day with nothing new sends nothing, and the next day counts from that day's 07:00.
    expect(await sendDigests(database.db, utc("2026-12-11T21:01:00"))).toEqual({ digests: 0 });
    const setting = await database.db.notificationSetting.findUniqueOrThrow({ where: { userId: school.people.menteeA.userId } });
    expect(setting.lastDigestAt).toEqual(utc("2026-12-11T21:01:00"));
    expect(await digestRows()).toHaveLength(2);
  });

  it("sends nothing when mail is off", async () => {
    const saved = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      await notifyAt("2026-12-12T05:00:00", "MEETING_TOMORROW");
      expect(await sendDigests(database.db, utc("2026-12-12T21:01:00"))).toEqual({ digests: 0 });
    } finally {
      process.env.SMTP_URL = saved;
    }
  });
});
