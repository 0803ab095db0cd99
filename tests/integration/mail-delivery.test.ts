import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverOutbox } from "@/lib/mail/deliver-outbox";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { giveMail, notifyForTest } from "../support/mail-fixture";
import { createSmtpTestServer, useMailSettings } from "../support/smtp-test-server";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();
const smtp = createSmtpTestServer();
let school: SchoolFixture;
let restoreSettings = () => {};

const address = (name: string) => `${name}@mail.test`;

beforeAll(async () => {
  await smtp.start();
  restoreSettings = useMailSettings(smtp);
  school = await createSchoolFixture(database.db, "Почта");
  const { menteeA, menteeB, parentA, parentB, mentorA } = school.people;
  await giveMail(database.db, menteeA.userId, { email: address("mentee-a"), confirmed: true, kinds: ["QUESTIONNAIRE_REMINDER"] });
  // Unconfirmed address, wants the kind: nothing.
  await giveMail(database.db, menteeB.userId, {
    email: address("mentee-b"),
    confirmed: false,
    kinds: ["QUESTIONNAIRE_REMINDER"],
  });
  // Confirmed, but chose another kind: nothing.
  await giveMail(database.db, parentA.userId, { email: address("parent-a"), confirmed: true, kinds: ["QUESTIONNAIRE_ASSIGNED"] });
  // Confirmed, chose the daily digest: nothing at once.
  await giveMail(database.db, parentB.userId, {
    email: address("parent-b"),
    confirmed: true,
    kinds: ["QUESTIONNAIRE_REMINDER"],
    digest: true,
  });
  // Confirmed, no preferences saved: nothing.
  await giveMail(database.db, mentorA.userId, { email: address("mentor-a"), confirmed: true });
});

afterAll(async () => {
  restoreSettings();
  await smtp.stop();
});

const everyone = () => Object.values(school.people).map((p) => p.userId);

describe("a notification's e-mail", () => {
  it("reaches the mailbox of the right user and of nobody else", async () => {
    const { queued } = await notifyForTest(database.db, {
      schoolId: school.schoolId,
      kind: "QUESTIONNAIRE_REMINDER",
      userIds: everyone(),
      href: `/questionnaires/${school.responses.menteeA.id}`,
      dedupeKey: "first",
    });
    expect(queued).toBe(1);
    expect(await deliverOutbox(database.db)).toEqual({ sent: 1, failed: 0 });
    expect(smtp.inbox).toHaveLength(1);
    const [mail] = smtp.mailboxOf(address("mentee-a"));
    expect(mail.to).toEqual([address("mentee-a")]);
    expect(mail.parsed.subject).toBe("«Наставник»: напоминание о незаполненной анкете");
    expect(mail.parsed.from?.text).toContain("noreply@nastavnik.test");
    const text = mail.parsed.text ?? "";
    const html = String(mail.parsed.html);
    expect(text).toContain("Напоминаем: анкета ещё не заполнена.");
    expect(text).toContain("Школа: Школа Почта.");
    expect(text).toContain(`https://nastavnik.test/questionnaires/${school.responses.menteeA.id}`);
    expect(html).toContain(`href="https://nastavnik.test/questionnaires/${school.responses.menteeA.id}"`);
    const setting = await database.db.notificationSetting.findUniqueOrThrow({ where: { userId: school.people.menteeA.userId } });
    const unsubscribe = `https://nastavnik.test/email/unsubscribe?token=${setting.unsubscribeToken}`;
    expect(text).toContain(unsubscribe);
    const header = mail.parsed.headerLines.find((h) => h.key === "list-unsubscribe")?.line.replace(/\r\n\s+/g, " ");
    expect(header).toBe(`List-Unsubscribe: <${unsubscribe}>`);
    // No names leave the operator: neither the pupil's nor anyone's.
    for (const name of ["Ученикова", "Тест", "Удовлетворённость"]) {
      expect(text).not.toContain(name);
      expect(html).not.toContain(name);
    }
  });

  it("is not written at all when mail is off on the server", async () => {
    const saved = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      const { queued } = await notifyForTest(database.db, {
        schoolId: school.schoolId,
        kind: "QUESTIONNAIRE_REMINDER",
        userIds: [school.people.menteeA.userId],
        href: "/mentee",
        dedupeKey: "mail-off",
      });
      expect(queued).toBe(0);
      expect(await deliverOutbox(database.db)).toEqual({ sent: 0, failed: 0 });
    } finally {
      process.env.SMTP_URL = saved;
    }
    expect(await database.db.emailOutbox.count({ where: { sentAt: null } })).toBe(0);
  });

  it("does not send what was queued for an address the account no longer has, or for a switched-off account", async () => {
    smtp.inbox.length = 0;
    const { menteeA } = school.people;
    const queue = (key: string) =>
      notifyForTest(database.db, {
        schoolId: school.schoolId,
        kind: "QUESTIONNAIRE_REMINDER",
        userIds: [menteeA.userId],
        href: `/mentee?${key}`,
        dedupeKey: key,
      });
    await queue("old-address");
    await database.db.user.update({ where: { id: menteeA.userId }, data: { email: address("mentee-a-new") } });
    expect(await deliverOutbox(database.db)).toEqual({ sent: 0, failed: 0 });
    await database.db.user.update({ where: { id: menteeA.userId }, data: { email: address("mentee-a"), isActive: false } });
    expect(await deliverOutbox(database.db)).toEqual({ sent: 0, failed: 0 });
    await database.db.user.update({ where: { id: menteeA.userId }, data: { isActive: true } });
    expect(await deliverOutbox(database.db)).toEqual({ sent: 1, failed: 0 });
    expect(smtp.mailboxOf(address("mentee-a-new"))).toHaveLength(0);
  });
});

describe("when the mail server is down", () => {
  it("keeps the mail in the outbox with the error, and sends each once after the server is back", async () => {
    smtp.inbox.length = 0;
    await smtp.stop();
    for (const key of ["down-1", "down-2", "down-3"]) {
      await notifyForTest(database.db, {
        schoolId: school.schoolId,
        kind: "QUESTIONNAIRE_REMINDER",
        userIds: [school.people.menteeA.userId],
        href: `/mentee?${key}`,
        dedupeKey: key,
      });
    }
    const before = new Date();
    expect(await deliverOutbox(database.db)).toEqual({ sent: 0, failed: 3 });
    const waiting = await database.db.emailOutbox.findMany({ where: { sentAt: null } });
    expect(waiting).toHaveLength(3);
    for (const row of waiting) {
      expect(row.attempts).toBe(1);
      expect(row.lastError).toMatch(/ECONNECTION|ECONNREFUSED/);
      expect(row.nextAttemptAt.getTime()).toBeGreaterThan(before.getTime());
      expect(row.lockedUntil).toBeNull();
    }
    // Not due yet: a run right away leaves them alone.
    expect(await deliverOutbox(database.db)).toEqual({ sent: 0, failed: 0 });

    await smtp.start();
    const later = new Date(Date.now() + 2 * 60_000);
    expect(await deliverOutbox(database.db, { now: later })).toEqual({ sent: 3, failed: 0 });
    expect(await deliverOutbox(database.db, { now: new Date(Date.now() + 24 * 3_600_000) })).toEqual({ sent: 0, failed: 0 });
    const hrefs = smtp.mailboxOf(address("mentee-a")).map((m) => /\/mentee\?(down-\d)/.exec(m.parsed.text ?? "")?.[1]);
    expect(hrefs.sort()).toEqual(["down-1", "down-2", "down-3"]);
    expect(await database.db.emailOutbox.count({ where: { sentAt: null } })).toBe(0);
  });
});

const onServer = Boolean(process.env.TEST_DATABASE_URL);

describe("two delivery workers on one PostgreSQL", () => {
  // Two processes cannot open one embedded PGlite database (it has a single connection and no lock between processes).
  it.skipIf(!onServer)(
    "send each of 50 mails exactly once",
    async () => {
      const slow = createSmtpTestServer({ delayMs: 40 });
      await slow.start();
      await database.db.emailOutbox.createMany({
        data: Array.from({ length: 50 }, (_, i) => ({
          toAddress: address(`bulk-${i}`),
          subject: `Письмо ${i}`,
          textBody: `Текст ${i}`,
          htmlBody: `<p>Текст ${i}</p>`,
        })),
      });
      const env = { ...process.env, DATABASE_URL: database.url, SMTP_URL: slow.url() };
      const worker = () =>
        new Promise<{ sent: number; failed: number }>((resolve, reject) => {
          const child = spawn("npx", ["tsx", "tests/support/deliver-outbox-worker.ts", "5"], { env });
          let out = "";
          child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
          child.on("error", reject);
          child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`worker exited with ${code}`))));
        });
      const results = await Promise.all([worker(), worker()]);
      await slow.stop();

      expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(50);
      expect(results.every((r) => r.failed === 0)).toBe(true);
      expect(results.every((r) => r.sent > 0)).toBe(true);
      const received = slow.inbox.map((m) => m.to[0]).sort();
      expect(received).toEqual(Array.from({ length: 50 }, (_, i) => address(`bulk-${i}`)).sort());
      expect(await database.db.emailOutbox.count({ where: { sentAt: null } })).toBe(0);
    },
    120_000,
  );
});
