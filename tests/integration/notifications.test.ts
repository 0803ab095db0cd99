import { beforeAll, describe, expect, it } from "vitest";
import { GET as openNotification } from "@/app/(app)/notifications/[id]/open/route";
import { recordConsentWithdrawal } from "@/lib/consent/withdraw-consent";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { notify } from "@/lib/notifications/notify";
import { countUnreadNotifications, listOwnNotifications } from "@/lib/notifications/own-notifications";
import { scanCampaignReminders } from "@/lib/notifications/scans/scan-campaign-reminders";
import { scanCertificates } from "@/lib/notifications/scans/scan-certificates";
import { addDays, type SchoolDay } from "@/lib/notifications/scans/scan-context";
import { scanQuestionnaireDeadlines } from "@/lib/notifications/scans/scan-questionnaire-deadlines";
import { scanRoadmapDeadlines } from "@/lib/notifications/scans/scan-roadmap-deadlines";
import { launchCampaign } from "@/lib/questionnaires/campaigns/launch-campaign";
import { remindCampaign } from "@/lib/questionnaires/campaigns/remind-campaign";
import { grantMentoringConsent, makeCampaignTemplate } from "../support/campaign-fixture";
import { giveMail } from "../support/mail-fixture";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let school: SchoolFixture;
let other: SchoolFixture;

const utcDay = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const dayOf = (fixture: SchoolFixture, today: Date): SchoolDay => ({
  schoolId: fixture.schoolId,
  timeZone: "Europe/Moscow",
  certificateMaxAgeMonths: 12,
  today,
});
const noticesOf = (userId: string) => database.db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  school = await createSchoolFixture(database.db, "Уведомления");
  other = await createSchoolFixture(database.db, "Соседняя");
});

describe("notify and the bell", () => {
  it("gives each user only their own notices, once per event, and marks only their own as read", async () => {
    const { menteeA, menteeB } = school.people;
    const event = {
      kind: "PAIR_FIXED" as const,
      schoolId: school.schoolId,
      dedupeKey: "test:bell",
      recipients: [menteeA, menteeB].map((p) => ({ userId: p.userId, title: "Пара закреплена", href: "/mentee" })),
    };
    expect(await database.db.$transaction((tx) => notify(tx, event))).toHaveLength(2);
    expect(await database.db.$transaction((tx) => notify(tx, event))).toHaveLength(0);

    const viewerA = await school.viewer(menteeA);
    const viewerB = await school.viewer(menteeB);
    expect(await countUnreadNotifications(viewerA)).toBe(1);
    const [noticeB] = await listOwnNotifications(viewerB);

    actAs(viewerA);
    const refused = await markNotificationsRead({ notificationId: noticeB.id });
    expect(refused).toEqual({ ok: true, data: { marked: 0 } });
    expect((await database.db.notification.findUniqueOrThrow({ where: { id: noticeB.id } })).readAt).toBeNull();
    expect(await markNotificationsRead({})).toEqual({ ok: true, data: { marked: 1 } });
    expect(await countUnreadNotifications(await school.viewer(menteeA))).toBe(0);
  });

  it("puts the e-mail of a user who chose that kind into the outbox in the same transaction, and nobody else's", async () => {
    const { mentorA, mentorB } = school.people;
    const saved = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM, APP_URL: process.env.APP_URL };
    Object.assign(process.env, {
      SMTP_URL: "smtp://127.0.0.1:2525",
      MAIL_FROM: "noreply@school.test",
      APP_URL: "https://app.test",
    });
    try {
      await giveMail(database.db, mentorA.userId, {
        email: "mentor-a@school.test",
        confirmed: true,
        kinds: ["MEETING_SCHEDULED"],
      });
      await giveMail(database.db, mentorB.userId, { email: "mentor-b@school.test", confirmed: true, kinds: ["PAIR_FIXED"] });
      await database.db.$transaction((tx) =>
        notify(tx, {
          kind: "MEETING_SCHEDULED",
          schoolId: school.schoolId,
          dedupeKey: "test:mail",
          recipients: [mentorA, mentorB].map((p) => ({ userId: p.userId, title: "Встреча завтра", href: "/mentor" })),
        }),
      );
      const outbox = await database.db.emailOutbox.findMany({ where: { userId: { in: [mentorA.userId, mentorB.userId] } } });
      expect(outbox.map((mail) => mail.toAddress)).toEqual(["mentor-a@school.test"]);
      expect(outbox[0].textBody).toContain("https://app.test/mentor");
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it("opens a notice: marks it read and sends the owner to its page; another user gets 404, a stranger 401", async () => {
    const { menteeA, menteeB } = school.people;
    const [notice] = await database.db.$transaction((tx) =>
      notify(tx, {
        kind: "MEETING_SCHEDULED",
        schoolId: school.schoolId,
        dedupeKey: "test:open",
        recipients: [{ userId: menteeA.userId, title: "Встреча", href: "//evil.example/phish" }],
      }),
    );
    const open = () => openNotification(new Request("http://localhost/x"), { params: Promise.resolve({ id: notice.id }) });
    actAs(null);
    expect((await open()).status).toBe(401);
    actAs(await school.viewer(menteeB));
    expect((await open()).status).toBe(404);
    actAs(await school.viewer(menteeA));
    const response = await open();
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/");
    expect((await database.db.notification.findUniqueOrThrow({ where: { id: notice.id } })).readAt).not.toBeNull();
  });
});

describe("events that notify at once", () => {
  it("a launched campaign notifies each respondent once; the reminder button notifies those who have not answered", async () => {
    const { curator, menteeA, parentA, menteeB } = school.people;
    await grantMentoringConsent(database.db, school, menteeA.personId, parentA.personId, "PARENT");
    const template = await makeCampaignTemplate(database.db, school, "MENTEE", "Анкета для уведомлений");
    actAs(await school.viewer(curator));
    const launched = await launchCampaign({
      templateId: template.id,
      title: "Удовлетворённость",
      dueOn: addDays(new Date(), 20).toISOString().slice(0, 10),
      monitoringPhase: "",
      audienceKind: "CHOSEN_PEOPLE",
      form: "",
      classKey: "",
      personIds: [menteeA.personId],
      reminderDays: ["3", "1"],
    });
    expect(launched.ok).toBe(true);
    if (!launched.ok) return;
    const assigned = (await noticesOf(menteeA.userId)).filter((n) => n.kind === "QUESTIONNAIRE_ASSIGNED");
    expect(assigned).toHaveLength(1);
    expect(assigned[0].title).toContain("Удовлетворённость");
    expect((await noticesOf(menteeB.userId)).some((n) => n.kind === "QUESTIONNAIRE_ASSIGNED")).toBe(false);
    const reminders = await database.db.campaignReminder.findMany({ where: { campaignId: launched.data.campaignId } });
    expect(reminders.map((r) => r.daysBefore).sort()).toEqual([1, 3]);

    expect((await remindCampaign({ campaignId: launched.data.campaignId })).ok).toBe(true);
    expect((await noticesOf(menteeA.userId)).filter((n) => n.kind === "QUESTIONNAIRE_REMINDER")).toHaveLength(1);

    actAs(await other.viewer(other.people.curator));
    expect(await remindCampaign({ campaignId: launched.data.campaignId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("a withdrawn consent notifies the curators of that school only", async () => {
    const { curator, menteeB, parentB } = school.people;
    await grantMentoringConsent(database.db, school, menteeB.personId, parentB.personId, "PARENT");
    actAs(await school.viewer(curator));
    const result = await recordConsentWithdrawal({
      subjectId: menteeB.personId,
      purpose: "MENTORING",
      reason: "Семья переезжает",
      giverRole: "PARENT",
    });
    expect(result.ok).toBe(true);
    const notices = (await noticesOf(curator.userId)).filter((n) => n.kind === "CONSENT_WITHDRAWN");
    expect(notices).toHaveLength(1);
    expect(notices[0].href).toBe(`/curator/people/${menteeB.personId}`);
    expect(await database.db.notification.count({ where: { userId: other.people.curator.userId } })).toBe(0);
  });
});

describe("scheduled scans", () => {
  async function campaignDue(fixture: SchoolFixture, dueOn: string, reminderDays: number[]) {
    const { menteeA, menteeB } = fixture.people;
    const campaign = await database.db.questionnaireCampaign.create({
      data: {
        schoolId: fixture.schoolId,
        templateId: fixture.template.id,
        title: `Кампания ${dueOn}`,
        audience: { kind: "CHOSEN_PEOPLE" },
        dueOn: utcDay(dueOn),
        reminders: { create: reminderDays.map((daysBefore) => ({ schoolId: fixture.schoolId, daysBefore })) },
      },
    });
    for (const who of [menteeA, menteeB]) {
      await database.db.questionnaireResponse.create({
        data: {
          schoolId: fixture.schoolId,
          templateId: fixture.template.id,
          campaignId: campaign.id,
          respondentId: who.userId,
          subjectId: who.personId,
          dueOn: utcDay(dueOn),
          status: who === menteeB ? "SUBMITTED" : "PENDING",
        },
      });
    }
    return campaign;
  }

  it("sends each automatic reminder on its day, once, only to those who have not answered", async () => {
    const fixture = await createSchoolFixture(database.db, "Напоминания");
    const { menteeA, menteeB } = fixture.people;
    const campaign = await campaignDue(fixture, "2027-03-10", [3, 1]);
    const reminders = () => noticesOf(menteeA.userId).then((ns) => ns.filter((n) => n.kind === "QUESTIONNAIRE_REMINDER"));

    expect(await scanCampaignReminders(database.db, dayOf(fixture, utcDay("2027-03-06")))).toBe(0);
    expect(await scanCampaignReminders(database.db, dayOf(fixture, utcDay("2027-03-07")))).toBe(1);
    expect(await scanCampaignReminders(database.db, dayOf(fixture, utcDay("2027-03-07")))).toBe(0);
    expect(await reminders()).toHaveLength(1);
    expect(await scanCampaignReminders(database.db, dayOf(fixture, utcDay("2027-03-09")))).toBe(1);
    expect(await reminders()).toHaveLength(2);
    expect(await noticesOf(menteeB.userId)).toHaveLength(0);
    const pending = await database.db.questionnaireResponse.findFirstOrThrow({
      where: { campaignId: campaign.id, status: "PENDING" },
    });
    expect(pending.remindedAt).not.toBeNull();
  });

  it("sends reminders that came due together as one, and none for a closed campaign", async () => {
    const fixture = await createSchoolFixture(database.db, "Поздняя кампания");
    await campaignDue(fixture, "2027-04-10", [7, 3, 1]);
    const closed = await campaignDue(fixture, "2027-04-11", [1]);
    await database.db.questionnaireCampaign.update({ where: { id: closed.id }, data: { closedAt: new Date() } });
    expect(await scanCampaignReminders(database.db, dayOf(fixture, utcDay("2027-04-09")))).toBe(1);
    expect(await database.db.campaignReminder.count({ where: { campaignId: closed.id, sentAt: null } })).toBe(1);
  });

  it("tells respondents the day before a questionnaire is due, once", async () => {
    const fixture = await createSchoolFixture(database.db, "Сроки анкет");
    await campaignDue(fixture, "2027-05-20", []);
    const day = dayOf(fixture, utcDay("2027-05-19"));
    expect(await scanQuestionnaireDeadlines(database.db, dayOf(fixture, utcDay("2027-05-18")))).toBe(0);
    expect(await scanQuestionnaireDeadlines(database.db, day)).toBe(1);
    expect(await scanQuestionnaireDeadlines(database.db, day)).toBe(0);
    const [notice] = await noticesOf(fixture.people.menteeA.userId);
    expect(notice.kind).toBe("QUESTIONNAIRE_DUE_TOMORROW");
  });

  it("tells the responsible people of an item due within 7 days and again when it is overdue; done items are quiet", async () => {
    const fixture = await createSchoolFixture(database.db, "Дорожная карта", 2026);
    const { curator, director, mentorA } = fixture.people;
    await database.db.roadmapItem.update({
      where: { id: fixture.item.id },
      data: {
        dueOn: utcDay("2026-12-10"),
        responsibleId: curator.userId,
        coResponsibles: { create: { schoolId: fixture.schoolId, userId: director.userId } },
      },
    });
    const done = await database.db.roadmapItem.create({
      data: {
        schoolId: fixture.schoolId,
        programmeId: fixture.programme.id,
        stageId: fixture.item.stageId,
        code: "1.2",
        position: 2,
        title: "Готово",
        dueOn: utcDay("2026-12-05"),
        status: "DONE",
        responsibleId: mentorA.userId,
      },
    });
    expect(await scanRoadmapDeadlines(database.db, dayOf(fixture, utcDay("2026-12-01")))).toBe(0);
    expect(await scanRoadmapDeadlines(database.db, dayOf(fixture, utcDay("2026-12-03")))).toBe(2);
    expect(await scanRoadmapDeadlines(database.db, dayOf(fixture, utcDay("2026-12-04")))).toBe(0);
    expect(await scanRoadmapDeadlines(database.db, dayOf(fixture, utcDay("2026-12-11")))).toBe(2);
    const kinds = (await noticesOf(director.userId)).map((n) => n.kind);
    expect(kinds).toEqual(["ROADMAP_ITEM_DUE_SOON", "ROADMAP_ITEM_OVERDUE"]);
    expect(await noticesOf(mentorA.userId)).toHaveLength(0);
    expect(done.status).toBe("DONE");
  });

  it("tells the curators when an outside mentor's certificate runs out within 30 days, once", async () => {
    const fixture = await createSchoolFixture(database.db, "Справки");
    const person = await database.db.person.create({
      data: { schoolId: fixture.schoolId, lastName: "Студентова", firstName: "Анна", middleName: "Игоревна" },
    });
    await database.db.mentorProfile.create({
      data: {
        schoolId: fixture.schoolId,
        personId: person.id,
        category: "UNIVERSITY_STUDENT",
        status: "READY",
        certificateIssuedOn: utcDay("2026-01-15"),
      },
    });
    expect(await scanCertificates(database.db, dayOf(fixture, utcDay("2026-12-01")))).toBe(0);
    expect(await scanCertificates(database.db, dayOf(fixture, utcDay("2026-12-20")))).toBe(1);
    expect(await scanCertificates(database.db, dayOf(fixture, utcDay("2026-12-21")))).toBe(0);
    const [notice] = await noticesOf(fixture.people.curator.userId);
    expect(notice.title).toBe("Справка о несудимости наставника Студентова А. И. действует до 15 января 2027");
    expect(await scanCertificates(database.db, dayOf(fixture, utcDay("2027-01-16")))).toBe(0);
  });
});
