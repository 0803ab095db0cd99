import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import { ownMentorships } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/auth/viewer";
import { hasRole } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MentoringForm } from "@/lib/generated/prisma/enums";
import { assertCan } from "@/lib/permissions";
import { formatDate } from "@/lib/format/date";

export interface IndividualAnswersFilter {
  /** Versions of a template family to show. */
  templateIds?: string[];
  campaignId?: string;
  /** People the answers are about (a mentor's pair page). */
  subjectIds?: string[];
  form?: MentoringForm;
  /** «7А» */
  classKey?: string;
  /** Where the reads are logged, e.g. «Выгрузка ответов на анкету». */
  what?: string;
}

function subjectFilter(filter: IndividualAnswersFilter): Prisma.PersonWhereInput[] {
  const parts: Prisma.PersonWhereInput[] = [];
  if (filter.form) {
    parts.push({
      OR: [
        { mentee: { mentorships: { some: { mentorship: { form: filter.form } } } } },
        { mentor: { mentorships: { some: { form: filter.form } } } },
      ],
    });
  }
  const klass = filter.classKey?.match(/^(\d+)(.+)$/);
  if (filter.classKey) {
    parts.push(klass ? { pupil: { grade: Number(klass[1]), classLetter: klass[2] } } : { id: { in: [] } });
  }
  return parts;
}

/** What a mentor may read: responses about a mentee of their own forming or active pair, where the version allows it. */
function mentorScope(viewer: Viewer): Prisma.QuestionnaireResponseWhereInput {
  return {
    template: { mentorMaySeeAnswers: true },
    subject: {
      mentee: {
        mentorships: { some: { mentorship: { ...ownMentorships(viewer), status: { in: ["FORMING", "ACTIVE"] } } } },
      },
    },
  };
}

function answerText(
  type: string,
  a: { numberValue: number | null; textValue: string | null; dateValue: Date | null; choices: string[] },
): string {
  if (type === "DATE") return a.dateValue ? formatDate(a.dateValue) : "";
  if (type === "SCALE" || type === "NUMBER") return a.numberValue === null ? "" : String(a.numberValue);
  if (type === "MULTIPLE_CHOICE") return a.choices.join("; ");
  return a.textValue ?? "";
}

/**
 * Submitted responses with their answers, one by one: all of the school's for the curator, only those about their
 * own mentees (and only where the version allows it) for a mentor. The reads are logged.
 */
export async function getIndividualAnswers(viewer: Viewer, filter: IndividualAnswersFilter = {}) {
  assertCan(viewer, "questionnaire:read-answers");
  const scope: Prisma.QuestionnaireResponseWhereInput = hasRole(viewer, "CURATOR") ? {} : mentorScope(viewer);
  const responses = await db.questionnaireResponse.findMany({
    where: {
      schoolId: viewer.schoolId,
      status: "SUBMITTED",
      ...(filter.templateIds ? { templateId: { in: filter.templateIds } } : {}),
      ...(filter.campaignId ? { campaignId: filter.campaignId } : {}),
      ...(filter.subjectIds ? { subjectId: { in: filter.subjectIds } } : {}),
      AND: [scope, ...subjectFilter(filter).map((subject) => ({ subject }))],
    },
    orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      submittedAt: true,
      enteredById: true,
      subjectId: true,
      template: { select: { id: true, title: true, version: true } },
      respondent: { select: { displayName: true } },
      subject: { select: { lastName: true, firstName: true, middleName: true } },
      answers: {
        select: {
          numberValue: true,
          textValue: true,
          dateValue: true,
          choices: true,
          question: { select: { position: true, text: true, type: true } },
        },
      },
    },
  });
  await recordReads(
    viewer,
    responses.map((r) => r.subjectId),
    filter.what ?? "Ответы на анкеты",
  );
  return responses.map((r) => ({
    id: r.id,
    template: r.template,
    respondent: r.respondent.displayName,
    subject: [r.subject.lastName, r.subject.firstName, r.subject.middleName].filter(Boolean).join(" "),
    subjectId: r.subjectId,
    submittedAt: r.submittedAt,
    enteredOnPaper: Boolean(r.enteredById),
    answers: [...r.answers]
      .sort((a, b) => a.question.position - b.question.position)
      .map((a) => ({ position: a.question.position, question: a.question.text, value: answerText(a.question.type, a) }))
      .filter((a) => a.value !== ""),
  }));
}

export type IndividualResponse = Awaited<ReturnType<typeof getIndividualAnswers>>[number];
