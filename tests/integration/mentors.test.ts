import { subDays, subMonths } from "date-fns";
import { beforeAll, describe, expect, it } from "vitest";
import { addMentor } from "@/lib/mentors/add-mentor";
import { completeTraining, declineMentor, markMentorReady, restoreMentor } from "@/lib/mentors/change-mentor-status";
import { getMentor } from "@/lib/mentors/get-mentor";
import { listMentors } from "@/lib/mentors/list-mentors";
import { listTrainingEvents } from "@/lib/mentors/list-training-events";
import { listMentorSources } from "@/lib/mentors/mentor-sources";
import { listReadyMentors } from "@/lib/mentors/list-ready-mentors";
import { recordInterview } from "@/lib/mentors/record-interview";
import { savePartner } from "@/lib/mentors/save-partner";
import { saveTrainingEvent } from "@/lib/mentors/save-training-event";
import { updateMentorProfile } from "@/lib/mentors/update-mentor-profile";
import { mentorPeople } from "../support/mentor-people";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let north: SchoolFixture;
let south: SchoolFixture;
let people: ReturnType<typeof mentorPeople>;

const iso = (date: Date) => date.toISOString().slice(0, 10);
const today = new Date();
const yesterday = iso(subDays(today, 1));

beforeAll(async () => {
  north = await createSchoolFixture(database.db, "Север");
  south = await createSchoolFixture(database.db, "Юг");
  people = mentorPeople(database.db, north.schoolId);
});

const asCurator = async (school = north) => actAs(await school.viewer(school.people.curator));
const profileOf = (id: string) => database.db.mentorProfile.findUniqueOrThrow({ where: { id } });

function profileInput(mentorId: string, overrides: Record<string, unknown> = {}) {
  return {
    mentorId,
    category: "TEACHER" as const,
    partnerId: "",
    competencies: "Олимпиадная математика",
    strengths: "Терпение",
    preferredForms: ["TEACHER_PUPIL" as const],
    preferredFormats: ["INDIVIDUAL" as const, "GROUP" as const],
    competencyKinds: ["POOR_PERFORMANCE" as const, "GIFTEDNESS" as const],
    groupRequest: "" as const,
    availabilitySlots: ["TUE_AFTERNOON" as const],
    traits: [] as string[],
    capacity: "3",
    availability: "Вторник после 15:00",
    certificateIssuedOn: "",
    ...overrides,
  };
}

async function addOutsideParent(lastName: string) {
  await asCurator();
  const result = await addMentor({
    source: "OUTSIDE",
    lastName,
    firstName: "Ирина",
    category: "PARENT",
    birthDate: "1985-04-02",
  });
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

/** An outside parent mentor brought to TRAINED through the real actions. */
async function trainedOutsideParent(lastName: string) {
  const mentorId = await addOutsideParent(lastName);
  const interview = await recordInterview({
    mentorId,
    heldOn: yesterday,
    interviewerId: north.people.curator.userId,
    notes: "Мотивирована",
    recommendation: "RECOMMENDED",
  });
  expect(interview).toMatchObject({ ok: true, data: { status: "INTERVIEWED" } });
  const training = await saveTrainingEvent({
    title: `Школа наставника ${lastName}`,
    heldOn: yesterday,
    attendedMentorIds: [mentorId],
  });
  expect(training.ok).toBe(true);
  expect((await profileOf(mentorId)).status).toBe("TRAINED");
  return mentorId;
}

describe("adding a mentor", () => {
  it("adds a teacher from the staff list, once", async () => {
    const personId = await people.staff("Математикова");
    await asCurator();
    const result = await addMentor({ source: "STAFF", personId });
    expect(result.ok).toBe(true);
    const mentor = await profileOf((result as { data: { id: string } }).data.id);
    expect(mentor).toMatchObject({ personId, category: "TEACHER", status: "CANDIDATE", schoolId: north.schoolId });
    const audit = await database.db.auditEntry.findFirst({ where: { entityId: mentor.id, action: "mentor.create" } });
    expect(audit?.userId).toBe(north.people.curator.userId);
    expect(await addMentor({ source: "STAFF", personId })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("adds a pupil of classes 9–11 as a senior pupil and refuses a younger one", async () => {
    const senior = await people.pupil("Старшеклассникова", 10);
    const young = await people.pupil("Семиклассников", 7, new Date(Date.UTC(2013, 1, 1)));
    await asCurator();
    const result = await addMentor({ source: "PUPIL", personId: senior });
    expect(result.ok).toBe(true);
    expect(await database.db.mentorProfile.findUnique({ where: { personId: senior } })).toMatchObject({
      category: "SENIOR_PUPIL",
    });
    expect(await addMentor({ source: "PUPIL", personId: young })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await database.db.mentorProfile.findUnique({ where: { personId: young } })).toBeNull();
  });

  it("adds an outside partner employee only with a partner organisation of the school", async () => {
    await asCurator();
    const missing = await addMentor({
      source: "OUTSIDE",
      lastName: "Инженеров",
      firstName: "Пётр",
      category: "PARTNER_EMPLOYEE",
    });
    expect(missing).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { partnerId: ["Выберите организацию-партнёра"] } });

    await asCurator(south);
    const foreign = await savePartner({ name: "Южный завод" });
    await asCurator();
    const partner = await savePartner({ name: "Завод «Прогресс»", contact: "hr@progress.ru", agreement: "Соглашение № 5" });
    expect(partner.ok && foreign.ok).toBe(true);
    const foreignId = (foreign as { data: { id: string } }).data.id;
    const partnerId = (partner as { data: { id: string } }).data.id;
    expect(await savePartner({ name: "Завод «Прогресс»" })).toMatchObject({ ok: false, code: "CONFLICT" });

    const before = await database.db.person.count({ where: { schoolId: north.schoolId } });
    const refused = await addMentor({
      source: "OUTSIDE",
      lastName: "Инженеров",
      firstName: "Пётр",
      category: "PARTNER_EMPLOYEE",
      partnerId: foreignId,
    });
    expect(refused).toMatchObject({ ok: false, code: "INVALID" });
    expect(await database.db.person.count({ where: { schoolId: north.schoolId } })).toBe(before);

    const result = await addMentor({
      source: "OUTSIDE",
      lastName: "Инженеров",
      firstName: "Пётр",
      middleName: "Ильич",
      birthDate: "1980-05-20",
      category: "PARTNER_EMPLOYEE",
      partnerId,
    });
    expect(result.ok).toBe(true);
    const mentor = await database.db.mentorProfile.findUniqueOrThrow({
      where: { id: (result as { data: { id: string } }).data.id },
      include: { person: true },
    });
    expect(mentor).toMatchObject({ category: "PARTNER_EMPLOYEE", partnerId, status: "CANDIDATE" });
    expect(mentor.person).toMatchObject({
      lastName: "Инженеров",
      middleName: "Ильич",
      birthDate: new Date("1980-05-20T00:00:00Z"),
    });
  });
});

describe("the «Добавить наставника» choices", () => {
  it("offer staff and pupils of classes 9–11 not yet in the base, and log the pupils' reads", async () => {
    const added = await people.pupil("Десятиклассница", 10);
    const free = await people.pupil("Одиннадцатиклассник", 11);
    const young = await people.pupil("Восьмиклассник", 8, new Date(Date.UTC(2012, 1, 1)));
    const teacher = await people.staff("Историкова", "Учитель истории");
    const addedTeacher = await people.staff("Географова", "Учитель географии");
    await asCurator();
    await addMentor({ source: "PUPIL", personId: added });
    await addMentor({ source: "STAFF", personId: addedTeacher });
    const curator = await north.viewer(north.people.curator);
    const sources = await listMentorSources(curator);
    const pupilIds = sources.pupils.map((p) => p.id);
    expect(pupilIds).toContain(free);
    expect(pupilIds).not.toContain(added);
    expect(pupilIds).not.toContain(young);
    expect(sources.pupils.find((p) => p.id === free)?.label).toBe("Одиннадцатиклассник Ученик — 11Б");
    expect(sources.staff.find((p) => p.id === teacher)?.label).toBe("Историкова Педагог — Учитель истории");
    expect(sources.staff.map((p) => p.id)).not.toContain(addedTeacher);
    expect(await database.db.auditEntry.count({ where: { action: "person.read", entityId: free } })).toBe(1);
    await expect(listMentorSources(await north.viewer(north.people.director))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the mentor's profile", () => {
  it("saves competencies, preferences, capacity and the certificate date", async () => {
    const personId = await people.staff("Физикова");
    await asCurator();
    const added = await addMentor({ source: "STAFF", personId });
    const mentorId = (added as { data: { id: string } }).data.id;
    const result = await updateMentorProfile(profileInput(mentorId, { certificateIssuedOn: "2026-09-01" }));
    expect(result.ok).toBe(true);
    expect(await profileOf(mentorId)).toMatchObject({
      competencies: "Олимпиадная математика",
      strengths: "Терпение",
      preferredForms: ["TEACHER_PUPIL"],
      preferredFormats: ["INDIVIDUAL", "GROUP"],
      capacity: 3,
      availability: "Вторник после 15:00",
      certificateIssuedOn: new Date("2026-09-01T00:00:00Z"),
    });
  });

  it("refuses a capacity above 10, a future certificate and another category for a teacher", async () => {
    const personId = await people.staff("Химикова");
    await asCurator();
    const mentorId = ((await addMentor({ source: "STAFF", personId })) as { data: { id: string } }).data.id;
    expect(await updateMentorProfile(profileInput(mentorId, { capacity: "11" }))).toMatchObject({
      ok: false,
      fieldErrors: { capacity: ["Не больше 10"] },
    });
    expect(await updateMentorProfile(profileInput(mentorId, { certificateIssuedOn: "2999-01-01" }))).toMatchObject({
      ok: false,
      fieldErrors: { certificateIssuedOn: ["Дата выдачи справки не может быть в будущем"] },
    });
    expect(await updateMentorProfile(profileInput(mentorId, { category: "PARENT" }))).toMatchObject({
      ok: false,
      fieldErrors: { category: ["Эту категорию нельзя выбрать для этого человека"] },
    });
    expect(await profileOf(mentorId)).toMatchObject({ capacity: 1, category: "TEACHER", competencies: null });
  });
});

describe("selection and training", () => {
  it("moves a candidate to interviewed by recording an interview with a user of the school", async () => {
    const mentorId = await addOutsideParent("Собеседованная");
    const foreignInterviewer = await recordInterview({
      mentorId,
      heldOn: yesterday,
      interviewerId: south.people.curator.userId,
      recommendation: "RECOMMENDED",
    });
    expect(foreignInterviewer).toMatchObject({ ok: false, fieldErrors: { interviewerId: ["Выберите сотрудника этой школы"] } });
    expect((await profileOf(mentorId)).status).toBe("CANDIDATE");

    const result = await recordInterview({
      mentorId,
      heldOn: yesterday,
      interviewerId: north.people.director.userId,
      notes: "Опыт работы с детьми",
      recommendation: "WITH_RESERVATIONS",
    });
    expect(result).toMatchObject({ ok: true, data: { status: "INTERVIEWED" } });
    const card = await getMentor(await north.viewer(north.people.curator), mentorId);
    expect(card.status).toBe("INTERVIEWED");
    expect(card.interviews).toHaveLength(1);
    expect(card.interviews[0]).toMatchObject({ recommendation: "WITH_RESERVATIONS", notes: "Опыт работы с детьми" });
    expect(card.interviews[0].interviewer?.displayName).toBe("Директоров Тест");
  });

  it("moves an interviewed mentor to trained by training attendance, not before", async () => {
    const mentorId = await addOutsideParent("Обученная");
    expect(await completeTraining({ mentorId })).toMatchObject({ ok: false, error: "Сначала проведите собеседование." });
    await recordInterview({
      mentorId,
      heldOn: yesterday,
      interviewerId: north.people.curator.userId,
      recommendation: "RECOMMENDED",
    });
    expect(await completeTraining({ mentorId })).toMatchObject({
      ok: false,
      error: "Наставник не посетил ни одного занятия обучения.",
    });

    const planned = await saveTrainingEvent({
      title: "Установочный семинар",
      heldOn: yesterday,
      description: "Роль наставника",
      attendedMentorIds: [],
    });
    const eventId = (planned as { data: { id: string } }).data.id;
    expect((await profileOf(mentorId)).status).toBe("INTERVIEWED");
    const marked = await saveTrainingEvent({
      eventId,
      title: "Установочный семинар",
      heldOn: yesterday,
      attendedMentorIds: mentorId,
    });
    expect(marked.ok).toBe(true);
    expect((await profileOf(mentorId)).status).toBe("TRAINED");
    const card = await getMentor(await north.viewer(north.people.curator), mentorId);
    expect(card.trainings.map((t) => t.event.title)).toEqual(["Установочный семинар"]);
    const { events } = await listTrainingEvents(await north.viewer(north.people.director));
    expect(events.find((e) => e.id === eventId)?.attendedMentorIds).toEqual([mentorId]);

    // Unticking keeps the row as "did not attend".
    await saveTrainingEvent({ eventId, title: "Установочный семинар", heldOn: yesterday, attendedMentorIds: false });
    expect(
      await database.db.trainingAttendance.findMany({ where: { eventId }, select: { mentorId: true, attended: true } }),
    ).toEqual([{ mentorId, attended: false }]);
  });

  it("refuses attendance of another school's mentor and writes nothing", async () => {
    const foreignMentor = await database.db.mentorProfile.findFirstOrThrow({ where: { schoolId: south.schoolId } });
    await asCurator();
    const before = await database.db.trainingEvent.count({ where: { schoolId: north.schoolId } });
    const result = await saveTrainingEvent({ title: "Семинар", heldOn: yesterday, attendedMentorIds: [foreignMentor.id] });
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    expect(await database.db.trainingEvent.count({ where: { schoolId: north.schoolId } })).toBe(before);
  });

  it("refuses READY for an outside adult without a valid certificate and allows it with a fresh one", async () => {
    const mentorId = await trainedOutsideParent("Справкина");
    const missing = await markMentorReady({ mentorId });
    expect(missing).toMatchObject({ ok: false, error: "Нельзя отметить готовым: нет справки о несудимости." });

    const old = iso(subMonths(today, 13));
    await updateMentorProfile(profileInput(mentorId, { category: "PARENT", certificateIssuedOn: old }));
    expect(await markMentorReady({ mentorId })).toMatchObject({
      ok: false,
      error: "Нельзя отметить готовым: справка о несудимости устарела.",
    });
    expect((await profileOf(mentorId)).status).toBe("TRAINED");

    await updateMentorProfile(profileInput(mentorId, { category: "PARENT", certificateIssuedOn: iso(subMonths(today, 1)) }));
    expect(await markMentorReady({ mentorId })).toMatchObject({ ok: true, data: { status: "READY" } });
    const audit = await database.db.auditEntry.findFirst({
      where: { entityId: mentorId, action: "mentor.status", details: { path: ["to"], equals: "READY" } },
    });
    expect(audit).not.toBeNull();
  });

  it("declines with a reason and returns to candidates", async () => {
    const mentorId = await addOutsideParent("Отклонённая");
    expect(await declineMentor({ mentorId, reason: "нет" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await declineMentor({ mentorId, reason: "Не готова тратить время" })).toMatchObject({
      ok: true,
      data: { status: "DECLINED" },
    });
    expect(await profileOf(mentorId)).toMatchObject({ status: "DECLINED", declineReason: "Не готова тратить время" });
    expect(
      await recordInterview({
        mentorId,
        heldOn: yesterday,
        interviewerId: north.people.curator.userId,
        recommendation: "RECOMMENDED",
      }),
    ).toMatchObject({ ok: false, code: "INVALID" });
    expect(await restoreMentor({ mentorId })).toMatchObject({ ok: true, data: { status: "CANDIDATE" } });
    expect(await profileOf(mentorId)).toMatchObject({ status: "CANDIDATE", declineReason: null });
  });
});

describe("the list of mentors", () => {
  it("shows load, certificate, consent and eligibility, with filters, and logs the reads", async () => {
    const readyId = await trainedOutsideParent("Готовая");
    await updateMentorProfile(
      profileInput(readyId, { category: "PARENT", certificateIssuedOn: iso(subMonths(today, 2)), capacity: "2" }),
    );
    await markMentorReady({ mentorId: readyId });
    const ready = await profileOf(readyId);
    await people.consent(ready.personId);

    const curator = await north.viewer(north.people.curator);
    const rows = await listMentors(curator);
    const row = rows.find((r) => r.id === readyId)!;
    expect(row).toMatchObject({
      category: "PARENT",
      status: "READY",
      capacity: 2,
      load: 0,
      freePlaces: 2,
      eligibility: { eligible: true },
    });
    expect(row.certificate.kind).toBe("VALID");

    // The fixture's teacher is READY with a pair of one, but no consent was recorded.
    const teacher = rows.find((r) => r.personId === north.people.mentorA.personId)!;
    expect(teacher).toMatchObject({ load: 1, freePlaces: 0, certificate: { kind: "NOT_REQUIRED" } });
    expect(teacher.eligibility).toEqual({ eligible: false, reasons: ["Нет согласия: нет согласия самого участника"] });
    const candidate = rows.find((r) => r.status === "TRAINED")!;
    expect(candidate.eligibility.reasons).toContain("Наставник ещё не готов к работе (не прошёл отбор и обучение)");

    const readyParents = await listMentors(curator, { status: "READY", category: "PARENT" });
    expect(readyParents.map((r) => r.id)).toContain(readyId);
    expect(readyParents.every((r) => r.status === "READY" && r.category === "PARENT")).toBe(true);
    expect(readyParents.length).toBeLessThan(rows.length);
    // Only the parent with a consent is ready for matching: the other READY mentors lack a consent.
    const eligible = await listReadyMentors(curator);
    expect(eligible.map((r) => r.id)).toEqual([readyId]);
    const southIds = (await database.db.mentorProfile.findMany({ where: { schoolId: south.schoolId } })).map((m) => m.id);
    expect(rows.some((r) => southIds.includes(r.id))).toBe(false);

    const reads = await database.db.auditEntry.count({
      where: { schoolId: north.schoolId, action: "person.read", entityId: teacher.personId, userId: curator.userId },
    });
    expect(reads).toBeGreaterThan(0);
  });

  it("marks an expired certificate in the list when the school's limit is shorter", async () => {
    const mentorId = await addOutsideParent("Устаревшая");
    await updateMentorProfile(profileInput(mentorId, { category: "PARENT", certificateIssuedOn: iso(subMonths(today, 7)) }));
    const curator = await north.viewer(north.people.curator);
    expect((await listMentors(curator)).find((r) => r.id === mentorId)!.certificate.kind).toBe("VALID");
    await database.db.school.update({ where: { id: north.schoolId }, data: { certificateMaxAgeMonths: 6 } });
    const row = (await listMentors(curator)).find((r) => r.id === mentorId)!;
    await database.db.school.update({ where: { id: north.schoolId }, data: { certificateMaxAgeMonths: 12 } });
    expect(row.certificate.kind).toBe("EXPIRED");
    expect(row.eligibility.reasons).toContain("Справка о несудимости устарела");
  });
});

describe("access", () => {
  it("lets the director read but not edit", async () => {
    const director = await north.viewer(north.people.director);
    expect((await listMentors(director)).length).toBeGreaterThan(0);
    const mentor = await database.db.mentorProfile.findFirstOrThrow({ where: { schoolId: north.schoolId, category: "TEACHER" } });
    actAs(director);
    expect(await updateMentorProfile(profileInput(mentor.id, { capacity: "5" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await addMentor({ source: "OUTSIDE", lastName: "Чужой", firstName: "Иван", category: "ALUMNUS" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await savePartner({ name: "Директорская организация" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await profileOf(mentor.id)).capacity).not.toBe(5);
  });

  it("refuses mentors and parents to read or edit the base", async () => {
    const mentor = await database.db.mentorProfile.findFirstOrThrow({
      where: { schoolId: north.schoolId, personId: north.people.mentorA.personId },
    });
    for (const who of [north.people.mentorA, north.people.parentA]) {
      const viewer = await north.viewer(who);
      await expect(listMentors(viewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getMentor(viewer, mentor.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
      actAs(viewer);
      expect(await updateMentorProfile(profileInput(mentor.id, { capacity: "9" }))).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
      expect(await declineMentor({ mentorId: mentor.id, reason: "Сам себя отклоняю" })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
      expect(await saveTrainingEvent({ title: "Семинар", heldOn: yesterday, attendedMentorIds: [] })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    }
    expect(await profileOf(mentor.id)).toMatchObject({ capacity: 1, status: "READY" });
  });

  it("does not let a curator read or edit another school's mentor by id", async () => {
    const foreign = await database.db.mentorProfile.findFirstOrThrow({
      where: { schoolId: north.schoolId, category: "TEACHER" },
    });
    const southCurator = await south.viewer(south.people.curator);
    await expect(getMentor(southCurator, foreign.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    actAs(southCurator);
    expect(await updateMentorProfile(profileInput(foreign.id, { capacity: "7" }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await declineMentor({ mentorId: foreign.id, reason: "Чужая школа" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await markMentorReady({ mentorId: foreign.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(
      await recordInterview({
        mentorId: foreign.id,
        heldOn: yesterday,
        interviewerId: south.people.curator.userId,
        recommendation: "RECOMMENDED",
      }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const partner = await database.db.partnerOrganisation.findFirstOrThrow({ where: { schoolId: north.schoolId } });
    expect(await savePartner({ partnerId: partner.id, name: "Переименовано" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await profileOf(foreign.id)).toMatchObject({ capacity: foreign.capacity, status: foreign.status });
    expect((await listMentors(southCurator)).some((r) => r.id === foreign.id)).toBe(false);
  });
});
