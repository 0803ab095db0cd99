"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseCalendarDate, todayCalendarDate } from "@/lib/format/date";
import { notifyPreferencesOpen } from "@/lib/notifications/notify-preferences-open";
import { findCurrentProgramme } from "@/lib/roadmap/find-current-programme";
import { groupMeetingSchema } from "./group-meeting-schema";

/**
 * Records (or corrects) a group meeting of the current programme: its date, place and who of the bases was there.
 * Every id must be a mentor (not declined) or a mentee of the viewer's school; the attendance is replaced as a whole.
 */
export const saveGroupMeeting = defineAction(
  { schema: groupMeetingSchema, permission: "group-meeting:manage" },
  async (input, viewer) => {
    const schoolId = viewer.schoolId;
    const mentorIds = [...new Set(input.mentorIds)];
    const menteeIds = [...new Set(input.menteeIds)];
    const [programme, mentors, mentees, existing] = await Promise.all([
      findCurrentProgramme(schoolId),
      db.mentorProfile.count({ where: { schoolId, id: { in: mentorIds }, status: { not: "DECLINED" } } }),
      db.menteeProfile.count({ where: { schoolId, id: { in: menteeIds } } }),
      input.meetingId ? db.groupMeeting.findFirst({ where: { id: input.meetingId, schoolId }, select: { id: true } }) : null,
    ]);
    if (!programme) throw new AppError("INVALID", "Сначала начните программу наставничества учебного года.");
    if (input.meetingId && !existing) throw new AppError("NOT_FOUND");
    if (mentors !== mentorIds.length || mentees !== menteeIds.length) throw new AppError("NOT_FOUND");
    const data = { heldOn: parseCalendarDate(input.heldOn), place: input.place, notes: input.notes || null };
    const meeting = await db.$transaction(async (tx) => {
      const saved = existing
        ? await tx.groupMeeting.update({ where: { id: existing.id, schoolId }, data, select: { id: true } })
        : await tx.groupMeeting.create({ data: { ...data, schoolId, programmeId: programme.id }, select: { id: true } });
      await tx.groupMeetingMentor.deleteMany({ where: { schoolId, meetingId: saved.id } });
      await tx.groupMeetingMentee.deleteMany({ where: { schoolId, meetingId: saved.id } });
      await tx.groupMeetingMentor.createMany({
        data: mentorIds.map((mentorId) => ({ schoolId, meetingId: saved.id, mentorId })),
      });
      await tx.groupMeetingMentee.createMany({
        data: menteeIds.map((menteeId) => ({ schoolId, meetingId: saved.id, menteeId })),
      });
      await notifyPreferencesOpen(tx, { id: saved.id, schoolId }, todayCalendarDate(viewer.timeZone));
      await recordAudit(tx, viewer, {
        action: existing ? "group-meeting.update" : "group-meeting.create",
        entityType: "GroupMeeting",
        entityId: saved.id,
        details: { mentors: mentorIds.length, mentees: menteeIds.length },
      });
      return saved;
    });
    revalidatePath("/curator/group-meetings");
    return meeting;
  },
);
