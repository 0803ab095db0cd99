"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordSubmission } from "./record-submission";
import { submitQuestionnaireSchema } from "../submit-schema";

/** The curator types in a paper form's answers for a respondent of a campaign; the response keeps who entered it. */
export const enterPaperAnswers = defineAction(
  { schema: submitQuestionnaireSchema, permission: "questionnaire:run-campaigns" },
  async ({ responseId, answers }, viewer) => {
    const result = await recordSubmission(
      viewer,
      { id: responseId, schoolId: viewer.schoolId, campaignId: { not: null } },
      answers,
      true,
    );
    revalidatePath("/curator/questionnaires/campaigns", "layout");
    return result;
  },
);
