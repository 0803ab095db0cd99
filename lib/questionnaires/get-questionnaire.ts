import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { ownResponses } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { respondentTitle } from "./respondent-title";

/** A questionnaire addressed to the viewer, with its questions, the saved draft, and the answers once submitted. */
export async function getQuestionnaire(viewer: Viewer, responseId: string) {
  assertCan(viewer, "questionnaire:answer");
  const response = await db.questionnaireResponse.findFirst({
    where: { id: responseId, ...ownResponses(viewer) },
    select: {
      id: true,
      status: true,
      dueOn: true,
      submittedAt: true,
      draft: true,
      draftSavedAt: true,
      remindedAt: true,
      campaign: { select: { closedAt: true } },
      subject: { select: { lastName: true, firstName: true, middleName: true, userId: true } },
      template: { select: questionnaireTemplateSelect },
      answers: { select: { questionId: true, numberValue: true, textValue: true, choices: true } },
    },
  });
  if (!response) throw new AppError("NOT_FOUND");
  return { ...response, template: { ...response.template, title: respondentTitle(response.template.title) } };
}

export type QuestionnaireView = Awaited<ReturnType<typeof getQuestionnaire>>;

/** What a question needs to be shown and answered; the builder adds its position, section and parameter. */
export const questionFields = {
  id: true,
  type: true,
  text: true,
  required: true,
  options: true,
  scaleMin: true,
  scaleMax: true,
  minLabel: true,
  maxLabel: true,
} as const;

/** The template fields the questionnaire form needs: for the respondent and for the curator typing in a paper form. */
export const questionnaireTemplateSelect = {
  title: true,
  intro: true,
  questions: { orderBy: { position: "asc" as const }, select: questionFields },
} as const;
