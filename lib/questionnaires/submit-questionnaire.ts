"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { ownResponses } from "@/lib/auth/scopes";
import { recordSubmission } from "./campaigns/record-submission";
import { submitQuestionnaireSchema } from "./submit-schema";

export const submitQuestionnaire = defineAction(
  { schema: submitQuestionnaireSchema, permission: "questionnaire:answer" },
  async ({ responseId, answers }, viewer) => {
    const result = await recordSubmission(viewer, { id: responseId, ...ownResponses(viewer) }, answers, false);
    revalidatePath("/", "layout");
    return result;
  },
);
