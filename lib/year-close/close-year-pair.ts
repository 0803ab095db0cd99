import { recordAudit } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyPairEnded } from "@/lib/notifications/notify-pair-ended";
import type { YearCloseDecision } from "./year-close-schema";

export interface OpenPair {
  id: string;
  status: "FORMING" | "ACTIVE";
  mentorId: string;
  form: Prisma.MentorshipCreateManyInput["form"];
  format: Prisma.MentorshipCreateManyInput["format"];
  variant: string | null;
  goal: string | null;
  hasFinalMeeting: boolean;
  mentees: { menteeId: string; accepted: boolean; leftOn: Date | null }[];
}

const TERMINATED_AT_CLOSE = "Не завершена к закрытию учебного года";

/** Why a decision cannot be taken for a pair, by the same rules as ending a pair one by one (end-mentorship.ts). */
export function decisionRefusal(pair: Pick<OpenPair, "status" | "hasFinalMeeting">, decision: YearCloseDecision) {
  if (decision !== "COMPLETE") return null;
  if (pair.status !== "ACTIVE") return "Пара ещё не начала работу: её можно прекратить или перенести";
  if (!pair.hasFinalMeeting) return "Завершить можно после заключительной встречи: прекратите или перенесите пару";
  return null;
}

/**
 * One open pair at the close of the year, inside the closing transaction: completed (after its final meeting, as
 * end-mentorship.ts does it), terminated with a reason, or carried over — a new forming pair with the same mentor and
 * mentees in the next programme, linked to this one, which is closed (completed if it worked, terminated if it never
 * started). Returns the new pair's id for a carried-over one.
 */
export async function closeYearPair(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  pair: OpenPair,
  decision: { decision: YearCloseDecision; reason: string; endedOn: Date; next: { id: string; title: string } | null },
): Promise<string | null> {
  const { schoolId } = viewer;
  const refusal = decisionRefusal(pair, decision.decision);
  if (refusal) throw new AppError("INVALID", refusal);
  let newId: string | null = null;
  let data: Prisma.MentorshipUpdateManyMutationInput;
  if (decision.decision === "CARRY_OVER") {
    if (!decision.next) throw new AppError("INVALID", "Сначала начните программу следующего учебного года.");
    const created = await tx.mentorship.create({
      data: {
        schoolId,
        programmeId: decision.next.id,
        mentorId: pair.mentorId,
        form: pair.form,
        format: pair.format,
        variant: pair.variant,
        goal: pair.goal,
        status: "FORMING",
        carriedFromId: pair.id,
        mentees: {
          create: pair.mentees
            .filter((m) => m.accepted && !m.leftOn)
            .map((m) => ({ schoolId, menteeId: m.menteeId, accepted: true })),
        },
      },
      select: { id: true },
    });
    newId = created.id;
    const note = `Перенесена в программу «${decision.next.title}»`;
    data = {
      status: pair.status === "ACTIVE" ? "COMPLETED" : "TERMINATED",
      endedOn: decision.endedOn,
      endReason: decision.reason ? `${note}: ${decision.reason}` : note,
    };
  } else if (decision.decision === "COMPLETE") {
    data = { status: "COMPLETED", endedOn: decision.endedOn, endReason: decision.reason || null };
  } else {
    data = { status: "TERMINATED", endedOn: decision.endedOn, endReason: decision.reason || TERMINATED_AT_CLOSE };
  }
  const { count } = await tx.mentorship.updateMany({ where: { id: pair.id, schoolId, status: pair.status }, data });
  if (count !== 1) throw new AppError("CONFLICT", "Пару изменили, пока вы решали: обновите страницу.");
  if (pair.status === "ACTIVE" && decision.decision !== "CARRY_OVER") {
    await notifyPairEnded(tx, { id: pair.id, schoolId, completed: decision.decision === "COMPLETE" });
  }
  await recordAudit(tx, viewer, {
    action:
      decision.decision === "CARRY_OVER"
        ? "mentorship.carry-over"
        : decision.decision === "COMPLETE"
          ? "mentorship.complete"
          : "mentorship.terminate",
    entityType: "Mentorship",
    entityId: pair.id,
    details: { yearClose: true, ...(newId ? { newMentorshipId: newId, nextProgrammeId: decision.next!.id } : {}) },
  });
  return newId;
}
