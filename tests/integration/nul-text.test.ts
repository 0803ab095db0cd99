import { beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { redeemInvitation } from "@/lib/invitations/redeem-invitation";
import { logMeeting } from "@/lib/mentorships/log-meeting";
import { submitQuestionnaire } from "@/lib/questionnaires/submit-questionnaire";
import { updateRoadmapItem } from "@/lib/roadmap/update-roadmap-item";
import { createSchoolFixture, validAnswers, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

// PostgreSQL cannot store a NUL in text: left to the database, the write ended in an internal error.
const database = useTestDatabase();
let school: SchoolFixture;
const refused = (field: string) => ({ ok: false, code: "INVALID", fieldErrors: { [field]: ["Недопустимый символ в тексте"] } });

beforeAll(async () => {
  school = await createSchoolFixture(database.db, "Нуль");
});

describe("a NUL character in a text field", () => {
  it("is refused on a roadmap item, and nothing is written", async () => {
    actAs(await school.viewer(school.people.curator));
    const result = await updateRoadmapItem({
      itemId: school.item.id,
      version: 1,
      title: "Информирование\u0000педагогов",
      expectedResult: "",
      deadlineLabel: "",
      dueOn: "",
      responsibleId: "",
      coResponsibleIds: [],
      status: "PLANNED",
      resultNote: "",
    });
    expect(result).toMatchObject(refused("title"));
    expect(await database.db.roadmapItem.findUniqueOrThrow({ where: { id: school.item.id } })).toMatchObject({ version: 1 });
  });

  it("is refused in a meeting's summary, and nothing is written", async () => {
    actAs(await school.viewer(school.people.mentorA));
    const result = await logMeeting({
      mentorshipId: school.pairA.mentorshipId,
      type: "REGULAR",
      heldOn: "2026-11-20",
      durationMinutes: 40,
      topic: "Разбор задач",
      summary: "Итог\u0000",
      attendeeIds: [],
    });
    expect(result).toMatchObject(refused("summary"));
    expect(await database.db.meeting.count({ where: { schoolId: school.schoolId } })).toBe(0);
  });

  it("is refused in a questionnaire answer, and the questionnaire stays unanswered", async () => {
    actAs(await school.viewer(school.people.menteeA));
    const [, , , text] = school.template.questions;
    const result = await submitQuestionnaire({
      responseId: school.responses.menteeA.id,
      answers: { ...validAnswers(school), [text.id]: "Больше\u0000встреч" },
    });
    expect(result).toMatchObject(refused("answers"));
    const stored = await database.db.questionnaireResponse.findUniqueOrThrow({ where: { id: school.responses.menteeA.id } });
    expect(stored.status).toBe("PENDING");
    expect(await database.db.answer.count({ where: { responseId: stored.id } })).toBe(0);
  });
});

describe("a NUL character on the public sign-up", () => {
  it("is refused next to its field, before the code is looked up", async () => {
    actAs(null);
    const result = await redeemInvitation({
      code: "ABCDEFGHJK",
      mode: "new",
      login: "new\u0000login",
      password: "dlinnyi-parol-2026",
      passwordRepeat: "dlinnyi-parol-2026",
    } as never);
    expect(result).toMatchObject(refused("login"));
  });
});

describe("a NUL character at sign-in", () => {
  it("is a failed sign-in, not a database error", async () => {
    expect(await verifyCredentials(database.db, { login: "cur\u0000ator", password: "x" }, "10.1.1.1")).toBeNull();
    expect(await database.db.loginAttempt.count({ where: { key: { contains: "\u0000" } } }).catch(() => 0)).toBe(0);
  });
});
