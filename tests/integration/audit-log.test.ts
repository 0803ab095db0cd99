import { beforeAll, describe, expect, it } from "vitest";
import { listPersonAudit } from "@/lib/audit/list-person-audit";
import { getMenteeCard } from "@/lib/mentees/get-mentee-card";
import { getPersonCard } from "@/lib/mentees/get-person-card";
import { listMenteeBase } from "@/lib/mentees/list-mentee-base";
import { listSharedFacts } from "@/lib/mentees/list-shared-facts";
import { createMentorship } from "@/lib/matching/create-mentorship";
import { addMenteeRequest, setRequestShared } from "@/lib/mentees/requests";
import { declineMentor } from "@/lib/mentors/change-mentor-status";
import { todayCalendarDate } from "@/lib/format/date";
import { createMenteeFixture, type MenteeFixture } from "../support/mentee-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let north: MenteeFixture;
let south: MenteeFixture;

beforeAll(async () => {
  north = await createMenteeFixture(database.db, "Север");
  south = await createMenteeFixture(database.db, "Юг");
});

const log = async (who: { userId: string }, personId: string, page = 1) =>
  listPersonAudit(await north.viewer(who), personId, page);

describe("a person's log", () => {
  it("records a read of the card with who, what and when", async () => {
    const before = Date.now();
    await getPersonCard(await north.viewer(north.people.director), north.people.menteeB.personId);
    const { entries } = await log(north.people.curator, north.people.menteeB.personId);
    expect(entries[0]).toMatchObject({ who: "Директоров Тест", action: "person.read", what: "Просмотр: Карточка человека" });
    expect(entries[0].createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("records changes, newest first, without naming a confidential fact", async () => {
    const personId = north.people.menteeA.personId;
    actAs(await north.viewer(north.people.curator));
    const open = await addMenteeRequest({ personId, kind: "GIFTEDNESS", source: "QUESTIONNAIRE", confidential: false });
    const secret = await addMenteeRequest({
      personId,
      kind: "HEALTH_LIMITATIONS",
      source: "PERSONAL_FILE",
      details: "Диабет",
      confidential: false,
    });
    expect(open.ok && secret.ok).toBe(true);
    if (!secret.ok) return;
    expect(await setRequestShared({ requestId: secret.data.id, shared: true })).toMatchObject({ ok: true });

    const { entries } = await log(north.extra.admin, personId);
    expect(entries.slice(0, 3).map((e) => e.what)).toEqual([
      "Доступ наставника: Конфиденциальные сведения открыты наставнику Наставников Т.",
      "Изменение запроса: Добавлены конфиденциальные сведения",
      "Изменение запроса: Добавлен запрос «Одарённость»",
    ]);
    expect(entries.slice(0, 3).every((e) => e.who === "Кураторова Тест")).toBe(true);
    expect(JSON.stringify(entries)).not.toMatch(/ОВЗ|Диабет|HEALTH/);
  });

  it("records reads of the list, of the mentee card and of the facts a mentor was shown", async () => {
    const personId = north.people.menteeA.personId;
    await listMenteeBase(await north.viewer(north.extra.psychologist));
    await getMenteeCard(await north.viewer(north.extra.psychologist), personId);
    await listSharedFacts(await north.viewer(north.people.mentorA), north.pairA.mentorshipId);
    const { entries } = await log(north.people.curator, personId);
    expect(entries.slice(0, 3).map((e) => [e.who, e.what])).toEqual([
      ["Наставников Тест", "Просмотр: Сведения от куратора в паре наставника"],
      ["Психологова Тест", "Просмотр: Карточка наставляемого"],
      ["Психологова Тест", "Просмотр: База наставляемых"],
    ]);
  });

  it("pages by 50", async () => {
    const personId = north.people.parentA.personId;
    const viewer = await north.viewer(north.people.director);
    for (let i = 0; i < 55; i++) await getPersonCard(viewer, personId);
    const first = await log(north.people.curator, personId);
    const second = await log(north.people.curator, personId, 2);
    expect([first.total, first.pageCount, first.entries.length, second.entries.length]).toEqual([55, 2, 50, 5]);
    const all = [...first.entries, ...second.entries].map((e) => e.createdAt.getTime());
    expect(all).toEqual([...all].sort((a, b) => b - a));
  });

  it("is closed to users without audit:read", async () => {
    for (const who of [north.people.director, north.extra.psychologist, north.people.mentorA, north.people.parentA]) {
      await expect(log(who, north.people.menteeA.personId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("is not found for another school's person", async () => {
    await expect(log(north.people.curator, south.people.menteeA.personId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("changes recorded against a person's other rows", () => {
  it("show a mentor's status change in that mentor's log, and not in another person's", async () => {
    actAs(await north.viewer(north.people.curator));
    const mentor = await database.db.mentorProfile.findUniqueOrThrow({ where: { personId: north.people.mentorB.personId } });
    expect(await declineMentor({ mentorId: mentor.id, reason: "Не прошёл собеседование" })).toMatchObject({ ok: true });
    const { entries } = await log(north.extra.admin, north.people.mentorB.personId);
    expect(entries[0]).toMatchObject({
      action: "mentor.status",
      who: "Кураторова Тест",
      what: "Статус наставника изменён: Готов к работе → Отклонён",
    });
    const other = await log(north.extra.admin, north.people.mentorA.personId);
    expect(other.entries.map((e) => e.action)).not.toContain("mentor.status");
  });

  it("show a new pair in the logs of its mentor and of its mentee", async () => {
    const { schoolId } = north;
    const text = await database.db.consentText.create({
      data: { schoolId, purpose: "MENTORING", version: 1, title: "Согласие", body: "Текст" },
    });
    const consent = (subjectId: string, giverRole: "SELF" | "PARENT") => ({
      schoolId,
      textId: text.id,
      purpose: "MENTORING" as const,
      subjectId,
      giverId: subjectId,
      giverRole,
      method: "PAPER" as const,
      givenOn: todayCalendarDate("Europe/Moscow"),
    });
    const mentor = await database.db.person.create({
      data: {
        schoolId,
        lastName: "Новонаставникова",
        firstName: "Тест",
        mentor: { create: { schoolId, category: "TEACHER", status: "READY" } },
      },
      select: { id: true, mentor: { select: { id: true } } },
    });
    const pupil = await database.db.person.create({
      data: {
        schoolId,
        lastName: "Новоученикова",
        firstName: "Тест",
        birthDate: new Date(Date.UTC(2014, 0, 10)),
        pupil: { create: { schoolId, grade: 6, classLetter: "В" } },
        mentee: { create: { schoolId, kind: "PUPIL" } },
      },
      select: { id: true, mentee: { select: { id: true } } },
    });
    await database.db.consent.createMany({ data: [consent(mentor.id, "SELF"), consent(pupil.id, "PARENT")] });

    actAs(await north.viewer(north.people.curator));
    const created = await createMentorship({
      mentorId: mentor.mentor!.id,
      menteeIds: [pupil.mentee!.id],
      form: "TEACHER_PUPIL",
      format: "INDIVIDUAL",
      goal: "Учёба",
    });
    expect(created).toMatchObject({ ok: true });
    for (const personId of [mentor.id, pupil.id]) {
      const { entries } = await log(north.people.curator, personId);
      expect(entries.filter((e) => e.action === "mentorship.create").map((e) => [e.who, e.what])).toEqual([
        ["Кураторова Тест", "Сформирована пара или группа"],
      ]);
    }
    const bystander = await log(north.people.curator, north.people.menteeB.personId);
    expect(bystander.entries.map((e) => e.action)).not.toContain("mentorship.create");
  });
});

describe("the audit log table", () => {
  it("refuses updates and deletes, even through Prisma", async () => {
    const entry = await database.db.auditEntry.findFirstOrThrow({ where: { schoolId: north.schoolId } });
    await expect(database.db.auditEntry.update({ where: { id: entry.id }, data: { action: "forged" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(database.db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(database.db.auditEntry.deleteMany({ where: { schoolId: north.schoolId } })).rejects.toThrow(/append-only/);
    const stored = await database.db.auditEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(stored.action).toBe(entry.action);
  });
});
