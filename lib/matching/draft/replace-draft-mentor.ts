"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { todayCalendarDate } from "@/lib/format/date";
import { evaluatePair } from "@/lib/matching/score/evaluate-pair";
import { requestKindLabels } from "@/lib/mentees/labels";
import { lockPairForming } from "./claim-draft";
import { replaceMentorSchema } from "./draft-schemas";
import { claimDraftRow } from "./find-draft-row";
import { loadCohort } from "./load-cohort";
import { pickPairFormat } from "./pair-format";
import { dropEmptyDraftPairs, writeDraftPairs } from "./write-draft-pairs";

const refuse = (message: string) => new AppError("INVALID", message, { mentorId: [message] });

/** The curator gives a mentee of the draft another mentor; the new pair counts as accepted. */
export const replaceDraftMentor = defineAction(
  { schema: replaceMentorSchema, permission: "mentorship:create" },
  async (input, viewer) => {
    await db.$transaction(async (tx) => {
      await lockPairForming(tx, viewer.schoolId);
      const { programmeId, row } = await claimDraftRow(tx, viewer.schoolId, input.rowId, input.version);
      if (row.mentorship.mentorId === input.mentorId) throw refuse("Этот наставник уже в паре с наставляемым");
      const cohort = await loadCohort(tx, viewer, programmeId);
      const mentee = cohort.mentees.find((m) => m.id === row.menteeId);
      const mentor = cohort.mentors.find((m) => m.id === input.mentorId);
      if (!mentee || !mentor) throw refuse("Выберите наставника из списка");
      if (mentor.freePlaces <= 0) throw refuse("У этого наставника нет свободных мест");
      if (mentor.groupRequest && !mentee.requests.some((r) => r.kind === mentor.groupRequest)) {
        throw refuse(`Наставник ведёт группу по запросу «${requestKindLabels[mentor.groupRequest]}», у наставляемого его нет`);
      }
      const context = { settings: cohort.programme.settings, forms: cohort.programme.forms };
      const scored = evaluatePair(mentee, mentor, context, true);
      if (!scored.eligible) throw refuse(scored.reasons.join("; ") || "Пара не проходит правила подбора");

      const where = { schoolId: viewer.schoolId, programmeId };
      await tx.mentorshipMentee.deleteMany({ where: { id: row.id, schoolId: viewer.schoolId } });
      await dropEmptyDraftPairs(tx, where);
      const group = mentor.groupRequest
        ? await tx.mentorship.findFirst({
            where: { ...where, mentorId: mentor.id, form: scored.form, format: "GROUP", status: "FORMING", orderId: null },
            select: { id: true },
          })
        : null;
      const [mentorshipId] = await writeDraftPairs(
        tx,
        where,
        [
          {
            mentorId: mentor.id,
            form: scored.form,
            format: mentor.groupRequest ? "GROUP" : pickPairFormat(mentee.preferredFormats ?? [], mentor.preferredFormats ?? []),
            existingId: group?.id ?? null,
            mentees: [{ menteeId: mentee.id, score: scored.total }],
          },
        ],
        { accepted: true, joinedOn: todayCalendarDate(viewer.timeZone) },
      );
      await recordAudit(tx, viewer, {
        action: "matching.replace",
        entityType: "Mentorship",
        entityId: mentorshipId,
        details: { menteeId: mentee.id, mentorId: mentor.id, previousMentorId: row.mentorship.mentorId },
      });
    });
    revalidatePath("/curator/pairs");
    return { rowId: input.rowId };
  },
);
