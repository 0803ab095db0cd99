import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatShortDate, parseCalendarDate } from "@/lib/format/date";
import { notifyPairEnded } from "@/lib/notifications/notify-pair-ended";
import type { z } from "zod";
import type { endMentorshipSchema } from "./end-mentorship-schema";

const invalid = (field: string, message: string) => new AppError("INVALID", "Проверьте поля формы.", { [field]: [message] });

/**
 * Ends one working pair or group of the viewer's school (the work of endMentorship and of the completion board):
 * completed once its final meeting is logged, or terminated early with a reason.
 */
export async function endPair(viewer: Viewer, input: z.output<typeof endMentorshipSchema>): Promise<{ id: string }> {
  const endedOn = parseCalendarDate(input.endedOn);
  const pair = await db.mentorship.findFirst({
    where: { id: input.mentorshipId, schoolId: viewer.schoolId },
    select: {
      id: true,
      status: true,
      startedOn: true,
      meetings: { where: { type: { in: ["FINAL", "GROUP_FINAL"] } }, select: { id: true }, take: 1 },
    },
  });
  if (!pair) throw new AppError("NOT_FOUND");
  if (pair.status !== "ACTIVE") throw new AppError("INVALID", "Закончить можно только работающую пару или группу.");
  if (pair.startedOn && endedOn < pair.startedOn) {
    throw invalid("endedOn", `Пара начала работу ${formatShortDate(pair.startedOn)}: дата не может быть раньше`);
  }
  if (input.outcome === "COMPLETED" && pair.meetings.length === 0) {
    throw invalid("outcome", "Завершить можно после заключительной встречи: наставник ещё не записал её");
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.mentorship.updateMany({
      where: { id: pair.id, schoolId: viewer.schoolId, status: "ACTIVE" },
      data: { status: input.outcome, endedOn, endReason: input.reason || null },
    });
    if (count !== 1) throw new AppError("CONFLICT", "Пара уже закончена: обновите страницу.");
    await notifyPairEnded(tx, { id: pair.id, schoolId: viewer.schoolId, completed: input.outcome === "COMPLETED" });
    await recordAudit(tx, viewer, {
      action: input.outcome === "COMPLETED" ? "mentorship.complete" : "mentorship.terminate",
      entityType: "Mentorship",
      entityId: pair.id,
      details: { endedOn: input.endedOn },
    });
  });
  return { id: pair.id };
}
