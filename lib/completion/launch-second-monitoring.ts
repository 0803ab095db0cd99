"use server";

import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatShortDate, parseCalendarDate } from "@/lib/format/date";
import { launchCampaign } from "@/lib/questionnaires/campaigns/launch-campaign";
import { secondMonitoringSchema } from "./completion-schemas";

/**
 * The second stage of monitoring for the pairs being completed (stage 7): a monitoring questionnaire, phase «после»,
 * sent to the people of the chosen pairs through the ordinary campaign (consents, pending answers, notifications and
 * reminders as every campaign). The template's audience picks who answers: the pairs' mentees or their mentors.
 */
export const launchSecondMonitoring = defineAction(
  { schema: secondMonitoringSchema, permission: "completion:manage" },
  async (input, viewer) => {
    const template = await db.questionnaireTemplate.findFirst({
      where: { id: input.templateId, schoolId: viewer.schoolId, purpose: "MONITORING", isCurrent: true },
      select: { id: true, title: true, audience: true },
    });
    if (!template) {
      throw new AppError("INVALID", "Проверьте поля формы.", { templateId: ["Выберите текущую анкету мониторинга"] });
    }
    const pairs = await db.mentorship.findMany({
      where: { id: { in: input.mentorshipIds }, schoolId: viewer.schoolId, status: { in: ["ACTIVE", "COMPLETED"] } },
      select: {
        mentor: { select: { personId: true } },
        mentees: { where: { leftOn: null }, select: { mentee: { select: { personId: true } } } },
      },
    });
    if (pairs.length !== new Set(input.mentorshipIds).size) throw new AppError("NOT_FOUND");
    const personIds = [
      ...new Set(
        pairs.flatMap((pair) =>
          template.audience === "MENTOR" ? [pair.mentor.personId] : pair.mentees.map((m) => m.mentee.personId),
        ),
      ),
    ];
    const result = await launchCampaign({
      templateId: template.id,
      title: `${template.title} — второй этап мониторинга (до ${formatShortDate(parseCalendarDate(input.dueOn))})`,
      dueOn: input.dueOn,
      monitoringPhase: "AFTER",
      audienceKind: "CHOSEN_PEOPLE",
      personIds,
      reminderDays: [],
    });
    if (!result.ok) {
      throw new AppError(result.code === "INTERNAL" ? "INVALID" : result.code, result.error, result.fieldErrors);
    }
    return result.data;
  },
);
