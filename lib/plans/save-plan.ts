"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { ownMentorships } from "@/lib/auth/scopes";
import { db } from "@/lib/db/client";
import { isMissingRecord, isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import { planSchema } from "./plan-schema";
import { writePlanGoals } from "./write-plan-goals";

const CHANGED_SINCE = "План уже изменили после того, как вы его открыли. Обновите страницу.";
const SAVED_AT_ONCE =
  "План только что сохранили в другом окне или вкладке. Обновите страницу и внесите изменения в сохранённую версию.";

/**
 * The mentor saves the plan of one of their own working pairs (after the order) (the group's plan, or one mentee's in a group): goals tied
 * to the mentees' requests the mentor may see, each save a new version. A save over a version someone else saved since
 * the editor opened is refused (CONFLICT), so nothing is silently overwritten.
 */
export const savePlan = defineAction({ schema: planSchema, permission: "plan:edit" }, async (input, viewer) => {
  const mentorship = await db.mentorship.findFirst({
    where: { id: input.mentorshipId, ...ownMentorships(viewer), status: "ACTIVE" },
    select: { id: true, mentorId: true, mentees: { where: { leftOn: null }, select: { menteeId: true } } },
  });
  if (!mentorship) throw new AppError("NOT_FOUND");
  const menteeIds = mentorship.mentees.map((m) => m.menteeId);
  if (input.menteeId && !menteeIds.includes(input.menteeId)) throw new AppError("NOT_FOUND");
  const ownerIds = input.menteeId ? [input.menteeId] : menteeIds;
  const requestIds = [...new Set(input.goals.map((g) => g.requestId).filter(Boolean))];
  // A goal answers a request of the plan's mentee(s) that the mentor may see: not confidential, or shared with them.
  const requests = await db.menteeRequest.findMany({
    where: {
      id: { in: requestIds },
      schoolId: viewer.schoolId,
      menteeId: { in: ownerIds },
      OR: [{ confidential: false }, { sharedWithMentorId: mentorship.mentorId }],
    },
    select: { id: true },
  });
  const allowed = new Set(requests.map((r) => r.id));
  input.goals.forEach((goal, i) => {
    if (goal.requestId && !allowed.has(goal.requestId)) {
      throw new AppError("INVALID", "Проверьте поля формы.", { [`goals.${i}.requestId`]: ["Выберите запрос наставляемого"] });
    }
    if (goal.parameter && goal.targetValue === undefined) {
      throw new AppError("INVALID", "Проверьте поля формы.", {
        [`goals.${i}.targetValue`]: ["Укажите целевое значение параметра"],
      });
    }
  });
  const planKey = input.menteeId ? `${mentorship.id}:${input.menteeId}` : mentorship.id;
  const plan = await db
    .$transaction(async (tx) => {
      const existing = await tx.individualPlan.findFirst({
        where: { planKey, schoolId: viewer.schoolId },
        select: { id: true, version: true },
      });
      if ((existing?.version ?? 0) !== input.version) throw new AppError("CONFLICT", CHANGED_SINCE);
      const number = input.version + 1;
      const saved = existing
        ? await tx.individualPlan.update({
            where: { id: existing.id, schoolId: viewer.schoolId, version: input.version },
            data: { version: number, updatedById: viewer.userId },
            select: { id: true, schoolId: true },
          })
        : await tx.individualPlan.create({
            data: {
              schoolId: viewer.schoolId,
              mentorshipId: mentorship.id,
              menteeId: input.menteeId || null,
              planKey,
              updatedById: viewer.userId,
            },
            select: { id: true, schoolId: true },
          });
      const goals = input.goals.map((g) => ({
        id: g.id || null,
        title: g.title,
        requestId: g.requestId || null,
        parameter: g.parameter || null,
        targetValue: g.parameter ? (g.targetValue ?? null) : null,
        tasks: g.tasks.map((t) => ({ id: t.id || null, title: t.title, dueOn: t.dueOn || null, status: t.status })),
      }));
      await writePlanGoals(tx, saved, goals, { number, note: "Изменён наставником", userId: viewer.userId });
      await recordAudit(tx, viewer, {
        action: "plan.save",
        entityType: "IndividualPlan",
        entityId: saved.id,
        details: { version: number },
      });
      return { id: saved.id, version: number };
    })
    .catch((error: unknown) => {
      // Saved at the same moment elsewhere (another tab, a decided proposal): the first plan's key or the version is taken.
      if (isUniqueViolation(error) || isMissingRecord(error)) throw new AppError("CONFLICT", SAVED_AT_ONCE);
      throw error;
    });
  revalidatePath(`/mentor/pairs/${mentorship.id}`);
  revalidatePath(`/plans/${mentorship.id}`);
  return plan;
});
