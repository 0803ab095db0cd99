import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { MentoringForm, Role } from "@/lib/generated/prisma/enums";
import { assertCan } from "@/lib/permissions";
import { aggregateAnswers, hasValue } from "./aggregate-answers";
import { questionsUnsafeToFilter } from "./filter-safety";
import { templateFamily } from "@/lib/questionnaires/template-family";

export interface ResultsFilter {
  /** A version of the family; the template given, when absent. */
  versionId?: string;
  campaignId?: string;
  form?: MentoringForm;
  /** «7А» */
  classKey?: string;
  role?: Role;
}

const questionSelect = {
  id: true,
  position: true,
  section: true,
  type: true,
  text: true,
  options: true,
  scaleMin: true,
  scaleMax: true,
} as const;

/**
 * Aggregated results of one version of a template family, for the submitted responses matching the filters.
 * One rule for the page and the export: a total (of the version or of one campaign) shows when at least
 * MIN_GROUP_SIZE people stand behind it (peopleBehind: the fewer of respondents and of people answered about);
 * breakdowns that could single out fewer are hidden with the reason (filter-safety.ts).
 */
export async function getTemplateResults(viewer: Viewer, templateId: string, filter: ResultsFilter = {}) {
  assertCan(viewer, "questionnaire:read-results");
  const template = await db.questionnaireTemplate.findFirst({
    where: { id: templateId, schoolId: viewer.schoolId },
    select: { id: true, familyId: true },
  });
  if (!template) throw new AppError("NOT_FOUND");
  const versions = await db.questionnaireTemplate.findMany({
    where: templateFamily(viewer.schoolId, template),
    orderBy: { version: "desc" },
    select: {
      id: true,
      title: true,
      version: true,
      isCurrent: true,
      audience: true,
      mentorMaySeeAnswers: true,
      questions: { orderBy: { position: "asc" }, select: questionSelect },
      campaigns: { orderBy: { createdAt: "desc" }, select: { id: true, title: true } },
    },
  });
  const version = versions.find((v) => v.id === (filter.versionId ?? templateId)) ?? versions.find((v) => v.id === templateId)!;

  const responses = await db.questionnaireResponse.findMany({
    where: { schoolId: viewer.schoolId, templateId: version.id, status: "SUBMITTED" },
    select: {
      campaignId: true,
      respondentId: true,
      subjectId: true,
      subject: {
        select: {
          pupil: { select: { grade: true, classLetter: true } },
          mentee: { select: { mentorships: { select: { mentorship: { select: { form: true } } } } } },
          mentor: { select: { mentorships: { select: { form: true } } } },
        },
      },
      answers: { select: { questionId: true, numberValue: true, textValue: true, dateValue: true, choices: true } },
    },
  });

  const rows = responses.map((r) => {
    const forms = [
      ...new Set([
        ...(r.subject.mentee?.mentorships.map((m) => m.mentorship.form) ?? []),
        ...(r.subject.mentor?.mentorships.map((m) => m.form) ?? []),
      ]),
    ].sort();
    const classKey = r.subject.pupil ? `${r.subject.pupil.grade}${r.subject.pupil.classLetter}` : "";
    const role: Role = version.audience;
    const answers = r.answers.filter(hasValue).map((a) => ({ ...a, respondentId: r.respondentId, subjectId: r.subjectId }));
    return {
      campaignId: r.campaignId ?? "",
      forms,
      classKey,
      role,
      answers,
      campaign: r.campaignId ?? "",
      detail: `${forms.join("+")}|${classKey}`,
      respondentId: r.respondentId,
      subjectId: r.subjectId,
      answered: new Set(answers.map((a) => a.questionId)),
    };
  });

  const selected = rows.filter(
    (r) =>
      (!filter.campaignId || r.campaignId === filter.campaignId) &&
      (!filter.form || r.forms.includes(filter.form)) &&
      (!filter.classKey || r.classKey === filter.classKey) &&
      (!filter.role || r.role === filter.role),
  );
  const filtered = Boolean(filter.campaignId || filter.form || filter.classKey || filter.role);
  const hidden = filtered
    ? questionsUnsafeToFilter(
        version.questions.map((q) => q.id),
        rows,
        {
          campaignId: filter.campaignId,
          breakdown: Boolean(filter.form || filter.classKey),
        },
      )
    : new Set<string>();

  return {
    familyId: template.familyId ?? template.id,
    version: { id: version.id, title: version.title, version: version.version, audience: version.audience },
    versions: versions.map((v) => ({ id: v.id, version: v.version, isCurrent: v.isCurrent })),
    campaigns: version.campaigns,
    forms: [...new Set(rows.flatMap((r) => r.forms))].sort(),
    classes: [...new Set(rows.map((r) => r.classKey).filter(Boolean))].sort((a, b) =>
      a.localeCompare(b, "ru", { numeric: true }),
    ),
    filtered,
    questions: aggregateAnswers(
      version.questions,
      selected.flatMap((r) => r.answers),
      hidden,
    ),
  };
}

export type TemplateResults = Awaited<ReturnType<typeof getTemplateResults>>;
