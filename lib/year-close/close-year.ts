"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseCalendarDate } from "@/lib/format/date";
import { lockPairForming } from "@/lib/matching/draft/claim-draft";
import type { Prisma } from "@/lib/generated/prisma/client";
import { closeYearPair, decisionRefusal } from "./close-year-pair";
import { loadOpenPairs } from "./load-open-pairs";
import { closeYearSchema } from "./year-close-schema";

/**
 * The curator closes a programme's school year (7.7–7.8): every open pair (forming or working) gets a decision —
 * complete, terminate, or carry over to the next programme — and the programme is marked closed, all in one transaction;
 * a pair left without a decision, or one added meanwhile, refuses the whole close.
 */
export const closeYear = defineAction({ schema: closeYearSchema, permission: "year:close" }, async (input, viewer) => {
  const schoolId = viewer.schoolId;
  const endedOn = parseCalendarDate(input.endedOn);
  const result = await db.$transaction(
    async (tx) => {
      // The lock that forming pairs takes (they check the year is open under it): no pair slips in while this closes.
      await lockPairForming(tx, schoolId);
      const programme = await tx.programme.findFirst({
        where: { id: input.programmeId, schoolId },
        select: { id: true, title: true, startYear: true, closure: { select: { closedAt: true } } },
      });
      if (!programme) throw new AppError("NOT_FOUND");
      if (programme.closure) throw new AppError("CONFLICT", "Этот учебный год уже закрыт.");
      const pending = await tx.pairOrder.count({ where: { schoolId, programmeId: programme.id, status: "PENDING" } });
      if (pending) throw new AppError("INVALID", "Распоряжение о закреплении пар ждёт решения директора: дождитесь его.");
      const open = await loadOpenPairs(tx, schoolId, programme.id);
      const decided = new Map(input.decisions.map((d) => [d.mentorshipId, d]));
      const missing = open.filter((pair) => !decided.has(pair.id));
      if (missing.length || decided.size !== open.length) {
        throw new AppError("CONFLICT", "Список открытых пар изменился: обновите страницу и решите по каждой паре.");
      }
      const needsNext = input.decisions.some((d) => d.decision === "CARRY_OVER");
      const next = needsNext
        ? await tx.programme.findFirst({
            where: { schoolId, startYear: programme.startYear + 1, closure: { is: null } },
            select: { id: true, title: true },
          })
        : null;
      if (needsNext && !next) {
        throw new AppError("INVALID", "Чтобы перенести пары, сначала начните программу следующего учебного года.");
      }
      const refusals: Record<string, string[]> = {};
      input.decisions.forEach((choice, i) => {
        const refusal = decisionRefusal(
          open.find((pair) => pair.id === choice.mentorshipId)!,
          choice.decision,
        );
        if (refusal) refusals[`decisions.${i}.decision`] = [refusal];
      });
      if (Object.keys(refusals).length) throw new AppError("INVALID", "Проверьте решения по парам.", refusals);
      const decisions: Prisma.InputJsonValue[] = [];
      for (const pair of open) {
        const choice = decided.get(pair.id)!;
        const newMentorshipId = await closeYearPair(tx, viewer, pair, { ...choice, endedOn, next });
        decisions.push({ mentorshipId: pair.id, decision: choice.decision, newMentorshipId });
      }
      const stillOpen = await tx.mentorship.count({
        where: { schoolId, programmeId: programme.id, status: { in: ["FORMING", "ACTIVE"] } },
      });
      if (stillOpen) throw new AppError("CONFLICT", "Пока закрывался год, появилась новая пара: обновите страницу.");
      await tx.programmeClosure.create({
        data: { programmeId: programme.id, schoolId, closedById: viewer.userId, nextProgrammeId: next?.id ?? null, decisions },
      });
      await recordAudit(tx, viewer, {
        action: "programme.close-year",
        entityType: "Programme",
        entityId: programme.id,
        details: {
          endedOn: input.endedOn,
          nextProgrammeId: next?.id ?? null,
          completed: input.decisions.filter((d) => d.decision === "COMPLETE").length,
          terminated: input.decisions.filter((d) => d.decision === "TERMINATE").length,
          carriedOver: input.decisions.filter((d) => d.decision === "CARRY_OVER").length,
        },
      });
      return { programmeId: programme.id, pairs: open.length, nextProgrammeId: next?.id ?? null };
    },
    { timeout: 60_000 },
  );
  for (const path of ["/curator/year-close", "/curator/pairs", "/curator", "/mentor", "/mentee", "/parent", "/director"]) {
    revalidatePath(path);
  }
  return result;
});
