import { describe, expect, it } from "vitest";
import { recordSubmission } from "@/lib/questionnaires/campaigns/record-submission";
import { checkInvariants, databaseNow } from "@/scripts/bench/restart-invariants";
import { createSchoolFixture, validAnswers } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";

// The half-write checks of `npm run bench:restart` (issue 15): they pass on what the app writes and catch each kind of
// half-written record. They open their own connection, so they need a server (TEST_DATABASE_URL, as in CI).
const database = useTestDatabase();
const TOPIC = "Нагрузочный тест: регулярная встреча";

describe.runIf(Boolean(process.env.TEST_DATABASE_URL))("restart invariants", () => {
  it("pass on complete writes and name each half-written record", async () => {
    const db = database.db;
    const url = database.url!;
    const school = await createSchoolFixture(db, "restart");
    const since = await databaseNow(url);
    const menteeA = await school.viewer(school.people.menteeA);
    await recordSubmission(menteeA, { id: school.responses.menteeA.id }, validAnswers(school), false);
    const meeting = await db.meeting.create({
      data: {
        schoolId: school.schoolId,
        mentorshipId: school.pairA.mentorshipId,
        type: "REGULAR",
        heldOn: new Date(Date.UTC(2026, 10, 30)),
        durationMinutes: 45,
        topic: TOPIC,
        createdById: school.people.mentorA.userId,
        attendance: { create: { schoolId: school.schoolId, menteeId: school.pairA.menteeId, attended: true } },
      },
    });
    await db.auditEntry.create({
      data: { schoolId: school.schoolId, action: "meeting.create", entityType: "Meeting", entityId: meeting.id },
    });
    const complete = await checkInvariants(url, since, { submitted: [], meetings: 1 }, TOPIC);
    expect(complete.checks.filter((c) => !c.passed)).toEqual([]);

    // Half-writes: a submitted questionnaire without answers, a pending one with an answer, a meeting without
    // attendance; and a submit the app acknowledged that is not there.
    await db.questionnaireResponse.update({
      where: { id: school.responses.menteeB.id },
      data: { status: "SUBMITTED", submittedAt: new Date() },
    });
    await db.answer.create({
      data: {
        schoolId: school.schoolId,
        responseId: school.responses.parentA.id,
        questionId: school.template.questions[0].id,
        numberValue: 5,
      },
    });
    await db.meeting.create({
      data: { ...meeting, id: undefined, createdAt: undefined, summary: null, nextSteps: null },
    });
    const broken = await checkInvariants(url, since, { submitted: [school.responses.parentB.id], meetings: 3 }, TOPIC);
    const failed = Object.fromEntries(broken.checks.filter((c) => !c.passed).map((c) => [c.name, c.detail]));
    expect(Object.keys(failed)).toEqual([
      "submitted questionnaires are complete",
      "pending questionnaires have no answers",
      "every meeting of the run has one attendance row per mentee, and its audit entry",
      "every acknowledged submit is stored",
      "every acknowledged meeting is stored",
    ]);
    expect(failed["submitted questionnaires are complete"]).toContain(school.responses.menteeB.id);
    expect(failed["pending questionnaires have no answers"]).toContain(school.responses.parentA.id);
    expect(failed["every acknowledged submit is stored"]).toContain(school.responses.parentB.id);
  });
});
