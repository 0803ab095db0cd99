import type { PrismaClient } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import { addDays, dayKey, type SchoolDay } from "./scan-context";

/** Tells each respondent the day before, once, that questionnaires of theirs are due tomorrow. */
export async function scanQuestionnaireDeadlines(db: PrismaClient, day: SchoolDay): Promise<number> {
  const tomorrow = addDays(day.today, 1);
  const due = await db.questionnaireResponse.groupBy({
    by: ["respondentId"],
    where: {
      schoolId: day.schoolId,
      status: "PENDING",
      dueOn: tomorrow,
      OR: [{ campaignId: null }, { campaign: { closedAt: null } }],
    },
    _count: { _all: true },
  });
  if (due.length === 0) return 0;
  const created = await db.$transaction((tx) =>
    notify(tx, {
      kind: "QUESTIONNAIRE_DUE_TOMORROW",
      schoolId: day.schoolId,
      dedupeKey: `questionnaires-due:${dayKey(tomorrow)}`,
      recipients: due.map((row) => ({
        userId: row.respondentId,
        title:
          row._count._all === 1
            ? "Завтра последний день, чтобы заполнить анкету"
            : `Завтра последний день, чтобы заполнить анкеты: ${row._count._all}`,
        href: "/",
      })),
    }),
  );
  return created.length;
}
