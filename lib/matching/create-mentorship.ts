"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { todayCalendarDate } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import { findCurrentProgramme } from "@/lib/roadmap/find-current-programme";
import { assertYearOpen } from "@/lib/year-close/year-closed";
import { loadWhere } from "@/lib/mentors/load-mentor-rows";
import { claimDraft, lockPairForming } from "./draft/claim-draft";
import { formProblems } from "./form-rules";
import { loadMatchCandidates } from "./load-match-candidates";
import { mentorshipSchema } from "./mentorship-schema";

/** Forms a pair or group in the school's latest programme; everyone in it must be eligible for matching now. */
export const createMentorship = defineAction(
  { schema: mentorshipSchema, permission: "mentorship:create" },
  async (input, viewer) => {
    const checkedAt = new Date();
    const menteeIds = [...new Set(input.menteeIds)];
    const [programme, candidates] = await Promise.all([
      findCurrentProgramme(viewer.schoolId),
      loadMatchCandidates(viewer, { mentorIds: [input.mentorId], menteeIds }),
    ]);
    if (!programme) throw new AppError("INVALID", "Сначала начните программу наставничества учебного года.");
    await assertYearOpen(viewer.schoolId, programme.id);
    const mentor = candidates.mentors[0];
    if (!mentor || candidates.mentees.length !== menteeIds.length) throw new AppError("NOT_FOUND");

    const fieldErrors: Record<string, string[]> = {};
    if (!mentor.eligibility.eligible) fieldErrors.mentorId = mentor.eligibility.reasons;
    const blocked = candidates.mentees.flatMap((m) => {
      const reasons = [...m.eligibility.reasons, ...(m.inOpenPair ? ["уже в паре или группе"] : [])];
      return reasons.length ? [`${fullName(m.person)}: ${reasons.join(", ").toLowerCase()}`] : [];
    });
    if (blocked.length) fieldErrors.menteeIds = blocked;
    if (mentor.load + menteeIds.length > mentor.capacity) {
      (fieldErrors.mentorId ??= []).push(
        `Наставник может вести не больше ${mentor.capacity} наставляемых, сейчас — ${mentor.load}`,
      );
    }
    const problems = formProblems({
      form: input.form,
      format: input.format,
      mentorCategory: mentor.category,
      menteeKinds: candidates.mentees.map((m) => m.kind),
    });
    for (const [field, message] of Object.entries(problems)) (fieldErrors[field] ??= []).push(message);
    if (Object.keys(fieldErrors).length) throw new AppError("INVALID", "Пару или группу нельзя сформировать.", fieldErrors);

    const today = todayCalendarDate(viewer.timeZone);
    const created = await db.$transaction(async (tx) => {
      // One pair formed at a time per school, then what may have changed since the checks above is checked again:
      // two curators (or a double click) cannot put a mentee into two pairs, overfill a mentor, or miss a withdrawal.
      await lockPairForming(tx, viewer.schoolId);
      await assertYearOpen(viewer.schoolId, programme.id, tx); // again under the lock closeYear takes
      await claimDraft(tx, viewer.schoolId, programme.id);
      // One after another: a transaction is one connection.
      const busyMentees = await tx.mentorshipMentee.count({
        where: {
          schoolId: viewer.schoolId,
          menteeId: { in: menteeIds },
          leftOn: null,
          mentorship: { status: { in: ["FORMING", "ACTIVE"] } },
        },
      });
      const mentorLoad = await tx.mentorshipMentee.count({
        where: {
          schoolId: viewer.schoolId,
          leftOn: null,
          mentorship: { mentorId: mentor.id, ...loadWhere(viewer.schoolId, programme.id) },
        },
      });
      const withdrawn = await tx.consent.count({
        where: {
          schoolId: viewer.schoolId,
          withdrawnAt: { gte: checkedAt },
          subject: { OR: [{ mentor: { id: mentor.id } }, { mentee: { id: { in: menteeIds } } }] },
        },
      });
      if (busyMentees > 0 || mentorLoad + menteeIds.length > mentor.capacity || withdrawn > 0) {
        throw new AppError("CONFLICT", "Пока вы заполняли форму, данные изменились. Обновите страницу и проверьте выбор.");
      }
      const mentorship = await tx.mentorship.create({
        data: {
          schoolId: viewer.schoolId,
          programmeId: programme.id,
          mentorId: mentor.id,
          form: input.form,
          format: input.format,
          goal: input.goal || null,
          status: "FORMING",
          mentees: { create: menteeIds.map((menteeId) => ({ schoolId: viewer.schoolId, menteeId, joinedOn: today })) },
        },
        select: { id: true },
      });
      await recordAudit(tx, viewer, {
        action: "mentorship.create",
        entityType: "Mentorship",
        entityId: mentorship.id,
        details: { mentorId: mentor.id, menteeIds },
      });
      return mentorship;
    });
    revalidatePath("/curator/pairs");
    return created;
  },
);
