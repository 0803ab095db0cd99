import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { MentoringForm } from "@/lib/generated/prisma/enums";
import { fullName } from "@/lib/format/person-name";
import type { MonitoringResponse } from "./pair-before-after";
import type { SatisfactionResponse } from "./summarise-satisfaction";

/**
 * The school's latest programme with its SWOT, and the submitted satisfaction and monitoring questionnaires of its
 * campaigns, turned into the inputs of the pure summaries. Three queries, whatever the number of people.
 */
export async function loadMonitoringData(viewer: Viewer) {
  const schoolId = viewer.schoolId;
  const programme = await db.programme.findFirst({
    where: { schoolId },
    orderBy: { startYear: "desc" },
    select: {
      id: true,
      title: true,
      swot: { select: { strengths: true, weaknesses: true, opportunities: true, threats: true, updatedAt: true } },
    },
  });
  if (!programme) return null;
  const [mentorships, responses] = await Promise.all([
    db.mentorship.findMany({
      where: { schoolId, programmeId: programme.id },
      orderBy: { createdAt: "asc" },
      select: {
        form: true,
        mentor: { select: { personId: true } },
        mentees: { select: { mentee: { select: { personId: true } } } },
      },
    }),
    db.questionnaireResponse.findMany({
      where: {
        schoolId,
        status: "SUBMITTED",
        submittedAt: { not: null },
        campaign: { schoolId, programmeId: programme.id },
        template: { schoolId, purpose: { in: ["SATISFACTION", "MONITORING"] } },
      },
      select: {
        respondentId: true,
        subjectId: true,
        submittedAt: true,
        subject: { select: { lastName: true, firstName: true, middleName: true } },
        campaign: { select: { monitoringPhase: true } },
        template: { select: { purpose: true, audience: true } },
        answers: {
          where: { schoolId, numberValue: { not: null } },
          select: {
            numberValue: true,
            question: { select: { type: true, text: true, parameter: true, scaleMin: true, scaleMax: true } },
          },
        },
      },
    }),
  ]);

  // The form of a person's pair in this programme; the first pair wins when someone is in several.
  const formOf = new Map<string, MentoringForm>();
  for (const m of mentorships) {
    for (const personId of [m.mentor.personId, ...m.mentees.map((x) => x.mentee.personId)]) {
      if (!formOf.has(personId)) formOf.set(personId, m.form);
    }
  }

  const satisfaction: SatisfactionResponse[] = [];
  const monitoring: MonitoringResponse[] = [];
  for (const r of responses) {
    const base = {
      respondentId: r.respondentId,
      subjectId: r.subjectId,
      form: formOf.get(r.subjectId) ?? null,
      submittedAt: r.submittedAt!,
    };
    if (r.template.purpose === "SATISFACTION" && (r.template.audience === "MENTEE" || r.template.audience === "MENTOR")) {
      const items = r.answers
        .filter((a) => a.question.type === "SCALE" && a.question.scaleMin === 1 && a.question.scaleMax === 10)
        .map((a) => ({ text: a.question.text, value: a.numberValue! }));
      satisfaction.push({ ...base, role: r.template.audience, items });
    }
    if (r.template.purpose === "MONITORING" && r.campaign?.monitoringPhase) {
      const answers = r.answers.flatMap((a) =>
        a.question.parameter ? [{ parameter: a.question.parameter, value: a.numberValue! }] : [],
      );
      monitoring.push({ ...base, subjectName: fullName(r.subject), phase: r.campaign.monitoringPhase, answers });
    }
  }
  return { programme, satisfaction, monitoring };
}
