import type { Prisma } from "@/lib/generated/prisma/client";
import { loadCaseFacts } from "@/lib/cases/load-case-facts";

/**
 * One published case of best practice (7.5–7.6) from the demo's first working pair, so the school's public page
 * (/s/<slug>) has something to show. Anonymous: nobody in the demo consented to publication.
 */
export async function insertDemoCase(client: Prisma.TransactionClient, schoolId: string, today: Date) {
  const pair = await client.mentorship.findFirst({
    where: { schoolId, status: "ACTIVE" },
    orderBy: { startedOn: "asc" },
    select: { id: true },
  });
  if (!pair) return;
  const loaded = await loadCaseFacts(client, schoolId, pair.id);
  if (!loaded) return;
  await client.practiceCase.create({
    data: {
      schoolId,
      programmeId: loaded.programmeId,
      mentorshipId: pair.id,
      title: "От «мне неинтересно» к школьному проекту",
      body:
        "Наставляемый пришёл в программу с низкой мотивацией к учёбе. На встрече-планировании пара выбрала одну цель на " +
        "полугодие — подготовить небольшой исследовательский проект по истории родного края.\n\n" +
        "Встречи проходили раз в неделю: разбирали источники, учились задавать вопросы и выступать. Наставник давал " +
        "короткие задания между встречами и каждый раз отмечал, что получилось.",
      facts: loaded.facts as unknown as Prisma.InputJsonValue,
      // Chosen by the curator, as the editor does: nothing is revealed by default (confidential plan goals never are).
      showGoal: true,
      showPlan: true,
      showMeetings: true,
      showAchievements: true,
      showMonitoring: false,
      publishedAt: today,
    },
  });
}
