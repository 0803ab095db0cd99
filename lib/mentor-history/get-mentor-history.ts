import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { loadMentorHours } from "@/lib/mentor-hours/load-mentor-hours";
import { assertCan } from "@/lib/permissions";
import { loadMentorHistory, type MentorHistoryRow } from "./load-mentor-history";

const EARLIEST = new Date(Date.UTC(2000, 0, 1));
const LATEST = new Date(Date.UTC(2100, 0, 1));

export interface ProgrammeHistory {
  programmeId: string;
  title: string;
  startYear: number;
  closedAt: Date | null;
  pairs: MentorHistoryRow[];
  /** Meeting and preparation hours of the programme's school year (lib/mentor-hours). */
  meetingMinutes: number;
  preparationMinutes: number;
}

/**
 * A mentor's history for the curator: by programme, their pairs and groups with form, dates and mentees, their hours
 * (meetings and preparation by school year, from lib/mentor-hours), their mentees' achievements and their awards. A mentor of another
 * school is "not found"; the mentees' names are a logged read.
 */
export async function getMentorHistory(viewer: Viewer, mentorId: string) {
  assertCan(viewer, "mentor-base:read");
  const mentor = await db.mentorProfile.findFirst({
    where: { id: mentorId, schoolId: viewer.schoolId },
    select: { id: true, personId: true, person: { select: { lastName: true, firstName: true, middleName: true } } },
  });
  if (!mentor) throw new AppError("NOT_FOUND");
  const [rows, months, awards] = await Promise.all([
    loadMentorHistory(viewer.schoolId, mentor.id),
    loadMentorHours(viewer.schoolId, EARLIEST, LATEST, mentor.id),
    db.mentorAward.findMany({
      where: { schoolId: viewer.schoolId, mentorId: mentor.id, status: "APPROVED" },
      orderBy: { decidedAt: "desc" },
      select: { id: true, nomination: true, decidedAt: true, event: { select: { title: true, startsAt: true } } },
    }),
  ]);
  await recordReads(viewer, [mentor.personId, ...rows.flatMap((r) => r.menteePersonIds)], "История наставника");
  const programmes = new Map<string, ProgrammeHistory>();
  for (const row of rows) {
    const entry = programmes.get(row.programmeId) ?? {
      programmeId: row.programmeId,
      title: row.programmeTitle,
      startYear: row.startYear,
      closedAt: row.closedAt,
      pairs: [],
      meetingMinutes: 0,
      preparationMinutes: 0,
    };
    entry.pairs.push(row);
    programmes.set(row.programmeId, entry);
  }
  const byYear = new Map([...programmes.values()].map((p) => [p.startYear, p]));
  for (const month of months) {
    const year = month.month.getUTCMonth() >= 8 ? month.month.getUTCFullYear() : month.month.getUTCFullYear() - 1;
    const entry = byYear.get(year);
    if (!entry) continue;
    entry.meetingMinutes += month.meetingMinutes;
    entry.preparationMinutes += month.preparationMinutes;
  }
  const list = [...programmes.values()];
  return {
    mentor,
    programmes: list,
    /** Awards the director approved at the programmes' final events (7.2). */
    awards,
    totals: {
      pairs: rows.length,
      mentees: new Set(rows.flatMap((r) => r.menteePersonIds)).size,
      minutes: months.reduce((sum, m) => sum + m.meetingMinutes + m.preparationMinutes, 0),
      achievements: rows.reduce((sum, r) => sum + r.achievements, 0),
      prizes: rows.reduce((sum, r) => sum + r.prizes, 0),
    },
  };
}

export type MentorHistory = Awaited<ReturnType<typeof getMentorHistory>>;
