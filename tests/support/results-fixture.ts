import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SchoolFixture } from "./school-fixture";

/** A mentee questionnaire with one question of each aggregated kind: scale 1–10, number, single and multiple choice, text. */
export async function makeResultsTemplate(db: PrismaClient, fixture: SchoolFixture, title: string, mentorMaySeeAnswers: boolean) {
  const { schoolId } = fixture;
  return db.questionnaireTemplate.create({
    data: {
      schoolId,
      purpose: "SATISFACTION",
      audience: "MENTEE",
      title,
      mentorMaySeeAnswers,
      questions: {
        create: [
          { schoolId, position: 1, type: "SCALE", text: "Насколько полезны встречи?", scaleMin: 1, scaleMax: 10 },
          { schoolId, position: 2, type: "NUMBER", text: "Сколько было встреч?" },
          { schoolId, position: 3, type: "SINGLE_CHOICE", text: "Продолжить?", options: ["Да", "Нет"] },
          { schoolId, position: 4, type: "MULTIPLE_CHOICE", text: "Что было полезно?", options: ["Учёба", "Профессии"] },
          { schoolId, position: 5, type: "TEXT", text: "Комментарий", required: false },
        ],
      },
    },
    include: { questions: { orderBy: { position: "asc" } } },
  });
}

export type ResultsTemplate = Awaited<ReturnType<typeof makeResultsTemplate>>;

/**
 * A submitted response whose answers follow from `scale`: the number is twice the scale, «Да» from 6 up,
 * «Учёба» always and «Профессии» from 8 up; the text only when given.
 */
export async function submitResultsResponse(
  db: PrismaClient,
  fixture: SchoolFixture,
  template: ResultsTemplate,
  person: { personId: string; userId: string },
  scale: number,
  extra: { campaignId?: string; text?: string; enteredById?: string } = {},
) {
  const { schoolId } = fixture;
  const [q1, q2, q3, q4, q5] = template.questions;
  return db.questionnaireResponse.create({
    data: {
      schoolId,
      templateId: template.id,
      respondentId: person.userId,
      subjectId: person.personId,
      status: "SUBMITTED",
      submittedAt: new Date(Date.UTC(2026, 10, 20)),
      campaignId: extra.campaignId,
      enteredById: extra.enteredById,
      answers: {
        create: [
          { schoolId, questionId: q1.id, numberValue: scale },
          { schoolId, questionId: q2.id, numberValue: scale * 2 },
          { schoolId, questionId: q3.id, textValue: scale >= 6 ? "Да" : "Нет" },
          { schoolId, questionId: q4.id, choices: scale >= 8 ? ["Учёба", "Профессии"] : ["Учёба"] },
          ...(extra.text ? [{ schoolId, questionId: q5.id, textValue: extra.text }] : []),
        ],
      },
    },
  });
}
