import { beforeAll, describe, expect, it } from "vitest";
import { decideAward } from "@/lib/final-event/decide-award";
import { getFinalEvent } from "@/lib/final-event/get-final-event";
import { inviteGuests } from "@/lib/final-event/invite-guests";
import { listAwardProposals } from "@/lib/final-event/list-award-proposals";
import { loadAwardDocuments } from "@/lib/final-event/load-award-documents";
import { awardPdf } from "@/lib/final-event/certificate-pdf";
import { documentsZip } from "@/lib/final-event/documents-zip";
import { markAttendance } from "@/lib/final-event/mark-attendance";
import { proposeAward } from "@/lib/final-event/propose-award";
import { saveFinalEvent } from "@/lib/final-event/save-final-event";
import JSZip from "jszip";
import { pdfText } from "../support/read-pdf-text";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
const db = () => database.db;
let school: SchoolFixture;
let other: SchoolFixture;
const readsOf = async (userId: string, what: string) =>
  (
    await db().auditEntry.findMany({
      where: { action: "person.read", userId, details: { path: ["what"], equals: what } },
      select: { entityId: true },
    })
  ).map((r) => r.entityId);
const event = { title: "Торжественное подведение итогов", date: "2026-11-25", time: "15:00", place: "Актовый зал" };

/** Mentor A: 3 meetings held (+1 in the future), plan 3 of 4 tasks done (1 cancelled), feedback 9 of 10, 2 achievements (1 win). */
async function buildFacts(fixture: SchoolFixture) {
  const { schoolId } = fixture;
  const meeting = (mentorshipId: string, day: string, createdById: string) =>
    db().meeting.create({
      data: {
        schoolId,
        mentorshipId,
        type: "REGULAR",
        heldOn: new Date(`${day}T00:00:00Z`),
        durationMinutes: 40,
        topic: "Встреча",
        createdById,
      },
    });
  const a = fixture.pairA.mentorshipId;
  const b = fixture.pairB.mentorshipId;
  const m1 = await meeting(a, "2026-10-01", fixture.people.mentorA.userId);
  await meeting(a, "2026-10-08", fixture.people.mentorA.userId);
  await meeting(a, "2026-10-15", fixture.people.mentorA.userId);
  await meeting(a, "2099-01-01", fixture.people.mentorA.userId);
  await meeting(b, "2026-10-02", fixture.people.mentorB.userId);
  await db().individualPlan.create({
    data: {
      schoolId,
      mentorshipId: a,
      planKey: a,
      goals: {
        create: {
          schoolId,
          position: 1,
          title: "Подтянуть физику",
          tasks: {
            create: (["DONE", "DONE", "DONE", "OPEN", "CANCELLED"] as const).map((status, i) => ({
              schoolId,
              position: i + 1,
              title: `Задача ${i + 1}`,
              status,
            })),
          },
        },
      },
    },
  });
  const scale = fixture.template.questions[0];
  const response = await db().questionnaireResponse.create({
    data: {
      schoolId,
      templateId: fixture.template.id,
      respondentId: fixture.people.menteeA.userId,
      subjectId: fixture.people.menteeA.personId,
      status: "SUBMITTED",
      submittedAt: new Date(),
      answers: { create: { schoolId, questionId: scale.id, numberValue: 9 } },
    },
  });
  await db().meetingFeedbackRequest.create({ data: { schoolId, mentorshipId: a, meetingId: m1.id, responseId: response.id } });
  for (const result of ["WINNER", "PARTICIPANT"] as const) {
    await db().achievement.create({
      data: {
        schoolId,
        mentorshipId: a,
        menteeId: fixture.pairA.menteeId,
        kind: "OLYMPIAD",
        title: "Олимпиада",
        level: "SCHOOL",
        result,
        achievedOn: new Date("2026-10-20T00:00:00Z"),
      },
    });
  }
}

beforeAll(async () => {
  school = await createSchoolFixture(db(), "Итоги");
  other = await createSchoolFixture(db(), "Соседи");
  await buildFacts(school);
  await buildFacts(other);
});

describe("the final event", () => {
  it("is created by the curator, invites the programme's people and the director through notifications", async () => {
    actAs(await school.viewer(school.people.curator));
    expect((await saveFinalEvent(event)).ok).toBe(true);
    const page = (await getFinalEvent(await school.viewer(school.people.curator)))!;
    expect(page.invitable.map((p) => p.name).sort()).toEqual(
      ["Директоров Тест", "Наставников Тест", "Школьников Тест", "Ученикова Тест", "Учителев Тест"].sort(),
    );
    // The names on the page are children's personal data: the read is logged, one entry per person.
    expect(await readsOf(school.people.curator.userId, "Итоговое мероприятие: приглашённые и гости")).toEqual(
      expect.arrayContaining(page.invitable.map((p) => p.personId)),
    );
    const invited = await inviteGuests({ personIds: page.invitable.map((p) => p.personId) });
    expect(invited).toMatchObject({ ok: true, data: { invited: 5 } });
    const notified = await db().notification.findMany({ where: { schoolId: school.schoolId, kind: "FINAL_EVENT_INVITATION" } });
    expect(notified.map((n) => n.userId).sort()).toEqual(
      [
        school.people.director.userId,
        school.people.mentorA.userId,
        school.people.mentorB.userId,
        school.people.menteeA.userId,
        school.people.menteeB.userId,
      ].sort(),
    );
    expect(notified[0].title).toContain("Актовый зал");
    expect(await inviteGuests({ personIds: [other.people.mentorA.personId] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("records attendance marked by the curator", async () => {
    actAs(await school.viewer(school.people.curator));
    const guests = await db().finalEventGuest.findMany({
      where: { schoolId: school.schoolId },
      orderBy: { certificateNumber: "asc" },
    });
    expect(guests.map((g) => g.certificateNumber)).toEqual([1, 2, 3, 4, 5]);
    const came = guests.slice(0, 3).map((g) => g.id);
    expect(await markAttendance({ attendedGuestIds: came })).toMatchObject({ ok: true, data: { attended: 3 } });
    const after = await db().finalEventGuest.findMany({ where: { schoolId: school.schoolId } });
    expect(after.filter((g) => g.attended === true)).toHaveLength(3);
    expect(after.filter((g) => g.attended === false)).toHaveLength(2);
    expect(await db().finalEvent.findFirstOrThrow({ where: { schoolId: school.schoolId } })).toMatchObject({ status: "HELD" });
  });

  it("ranks mentor candidates from SQL facts, matching hand-computed values", async () => {
    const { candidates } = (await getFinalEvent(await school.viewer(school.people.curator)))!;
    expect(candidates).toHaveLength(2);
    const [first, second] = candidates;
    expect(first).toMatchObject({
      rank: 1,
      lastName: "Наставников",
      meetingsHeld: 3,
      tasksDone: 3,
      tasksTotal: 4,
      planPercent: 75,
      feedbackResponses: 1,
      achievements: 2,
      prizes: 1,
    });
    // 9 on a 1–10 scale → 1 + 4 × 8/9 on 1–5.
    expect(first.feedbackMean).toBeCloseTo(1 + (4 * 8) / 9, 6);
    // 3 meetings + 0.75 × 10 + (4.556 − 3) × 2 + 2 × 2 + 1 × 2 = 19.6
    expect(first.score).toBe(19.6);
    expect(first.reasons).toContain("Индивидуальные планы выполнены на 75 % (3 из 4 задач)");
    expect(first.reasons).toContain("Оценка встреч наставляемыми: 4,6 из 5 (ответов: 1)");
    expect(second).toMatchObject({ rank: 2, lastName: "Учителев", meetingsHeld: 1, tasksTotal: 0, feedbackMean: null, score: 1 });
  });

  it("lets the curator propose an award and only the director approve it, numbering the letter", async () => {
    const mentorA = await db().mentorProfile.findFirstOrThrow({ where: { personId: school.people.mentorA.personId } });
    const input = { mentorId: mentorA.id, nomination: "Лучший наставник года", text: "За терпение и внимательность к ученику" };
    for (const who of [school.people.mentorA, school.people.director, school.people.parentA, school.people.menteeA]) {
      actAs(await school.viewer(who));
      expect(await proposeAward(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    actAs(await other.viewer(other.people.curator));
    expect(await proposeAward(input)).toMatchObject({ ok: false });
    actAs(await school.viewer(school.people.curator));
    const proposed = await proposeAward(input);
    expect(proposed.ok).toBe(true);
    const awardId = proposed.ok ? proposed.data.id : "";
    expect(await db().notification.count({ where: { userId: school.people.director.userId, kind: "AWARD_PROPOSED" } })).toBe(1);

    for (const who of [school.people.curator, school.people.mentorA, school.people.parentA]) {
      actAs(await school.viewer(who));
      expect(await decideAward({ awardId, decision: "APPROVED" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    actAs(await other.viewer(other.people.director));
    expect(await decideAward({ awardId, decision: "APPROVED" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(await school.viewer(school.people.director));
    expect(await decideAward({ awardId, decision: "DECLINED", reason: "" })).toMatchObject({ ok: false, code: "INVALID" });
    expect((await decideAward({ awardId, decision: "APPROVED" })).ok).toBe(true);
    expect(await decideAward({ awardId, decision: "APPROVED" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db().mentorAward.findUniqueOrThrow({ where: { id: awardId } })).toMatchObject({
      status: "APPROVED",
      letterNumber: 1,
    });
  });

  it("refuses the event's management to a mentor, a parent, the director and another school", async () => {
    for (const who of [school.people.mentorA, school.people.parentA, school.people.director]) {
      actAs(await school.viewer(who));
      expect(await saveFinalEvent(event)).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await inviteGuests({ personIds: [school.people.mentorA.personId] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await markAttendance({ attendedGuestIds: [] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    // The loaders refuse by themselves, not only behind the page's guard.
    for (const who of [school.people.mentorA, school.people.parentA, school.people.menteeA, school.people.director]) {
      const viewer = await school.viewer(who);
      await expect(getFinalEvent(viewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(loadAwardDocuments(viewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    for (const who of [school.people.curator, school.people.mentorA, school.people.parentA]) {
      await expect(listAwardProposals(await school.viewer(who))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await listAwardProposals(await school.viewer(school.people.director))).length).toBeGreaterThan(0);
    const guest = await db().finalEventGuest.findFirstOrThrow({ where: { schoolId: school.schoolId } });
    actAs(await other.viewer(other.people.curator));
    expect(await markAttendance({ attendedGuestIds: [guest.id] })).toMatchObject({ ok: false });
    await expect(loadAwardDocuments(await other.viewer(other.people.curator), { guestId: guest.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("makes certificates for the participants and letters for approved awards, as PDFs and one ZIP", async () => {
    const viewer = await school.viewer(school.people.curator);
    const guest = await db().finalEventGuest.findFirstOrThrow({
      where: { schoolId: school.schoolId, personId: school.people.menteeA.personId },
    });
    const [certificate] = await loadAwardDocuments(viewer, { guestId: guest.id });
    const text = await pdfText(await awardPdf(certificate));
    expect(text).toContain("СЕРТИФИКАТ УЧАСТНИКА");
    expect(text).toContain("Ученикова Тест");
    expect(text).toContain("Школа Итоги");
    expect(text).toContain(`№ С-${guest.certificateNumber}`);
    expect(text).toContain("25 ноября 2026");
    const all = await loadAwardDocuments(viewer);
    // The export logs a read of every person it names: the participants with certificates and the awarded mentor.
    expect(await readsOf(viewer.userId, "Сертификаты и благодарственные письма итогового мероприятия")).toEqual(
      expect.arrayContaining([
        school.people.menteeA.personId,
        school.people.menteeB.personId,
        school.people.mentorA.personId,
        school.people.mentorB.personId,
      ]),
    );
    // 4 participants (not the director) + 1 letter.
    expect(all.map((d) => d.kind).sort()).toEqual(["CERTIFICATE", "CERTIFICATE", "CERTIFICATE", "CERTIFICATE", "LETTER"]);
    const letter = all.find((d) => d.kind === "LETTER")!;
    const letterText = await pdfText(await awardPdf(letter));
    expect(letterText).toContain("БЛАГОДАРСТВЕННОЕ ПИСЬМО");
    expect(letterText).toContain("Наставников Тест");
    expect(letterText).toContain("№ БП-1");
    const zip = await JSZip.loadAsync(await documentsZip(all));
    expect(Object.keys(zip.files).filter((name) => name.endsWith(".pdf"))).toHaveLength(5);
    const empty = await JSZip.loadAsync(await documentsZip([]));
    expect(Object.keys(empty.files)).toEqual(["Документов пока нет.txt"]);
    // A school without a final event gets no documents, and none of another school's.
    expect(await loadAwardDocuments(await other.viewer(other.people.curator))).toEqual([]);
  });

  // Two curators inviting, or the director approving two awards, at the same moment: every number is given once and
  // nobody gets an internal error (meaningful on PostgreSQL, where the transactions really run side by side).
  it("numbers concurrent invitations and approvals without a collision", async () => {
    const busy = await createSchoolFixture(db(), "Одновременно");
    actAs(await busy.viewer(busy.people.curator));
    expect((await saveFinalEvent(event)).ok).toBe(true);
    const people = [busy.people.mentorA, busy.people.mentorB, busy.people.menteeA, busy.people.menteeB, busy.people.director];
    const invited = await Promise.all(people.map((p) => inviteGuests({ personIds: [p.personId] })));
    expect(invited.map((r) => r.ok)).toEqual(people.map(() => true));
    const guests = await db().finalEventGuest.findMany({ where: { schoolId: busy.schoolId } });
    expect(guests.map((g) => g.certificateNumber).sort()).toEqual([1, 2, 3, 4, 5]);

    const mentors = await db().mentorProfile.findMany({ where: { schoolId: busy.schoolId }, select: { id: true } });
    const awardIds: string[] = [];
    for (const [i, mentor] of [...mentors, ...mentors].entries()) {
      const proposed = await proposeAward({
        mentorId: mentor.id,
        nomination: `Номинация ${i + 1}`,
        text: "За работу с учениками",
      });
      expect(proposed.ok).toBe(true);
      if (proposed.ok) awardIds.push(proposed.data.id);
    }
    actAs(await busy.viewer(busy.people.director));
    const decided = await Promise.all(awardIds.map((awardId) => decideAward({ awardId, decision: "APPROVED" })));
    expect(decided.map((r) => r.ok)).toEqual(awardIds.map(() => true));
    const awards = await db().mentorAward.findMany({ where: { schoolId: busy.schoolId } });
    expect(awards.map((a) => a.letterNumber).sort()).toEqual(awardIds.map((_, i) => i + 1));
  });
});
