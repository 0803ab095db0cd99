import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { todayCalendarDate } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import { can } from "@/lib/permissions";
import { loadMentorHours } from "./load-mentor-hours";
import { parseSchoolYear, schoolYearMonths } from "./school-year";

export interface MentorHours {
  mentorId: string;
  name: string;
  /** One entry per month of the school year, September first. */
  months: { month: Date; meetingMinutes: number; meetings: number; preparationMinutes: number }[];
  totalMinutes: number;
}

/**
 * Mentors' hours per month of a school year: every mentor of the school who has hours for the curator and the director,
 * the viewer's own for a mentor, or with `own` (the mentor's page of a curator who mentors too). Names of adult
 * mentors only; no child's data.
 */
export async function listMentorHours(
  viewer: Viewer,
  year?: string,
  options: { own?: boolean } = {},
): Promise<{ startYear: number; mentors: MentorHours[] }> {
  const all = !options.own && can(viewer, "mentor-hours:read");
  if (!all && !can(viewer, "mentor-hours:enter-own")) throw new AppError("FORBIDDEN");
  const startYear = parseSchoolYear(year, todayCalendarDate(viewer.timeZone));
  const months = schoolYearMonths(startYear);
  const own = all
    ? null
    : await db.mentorProfile.findFirst({
        where: { schoolId: viewer.schoolId, person: { userId: viewer.userId } },
        select: { id: true },
      });
  if (!all && !own) return { startYear, mentors: [] };
  const rows = await loadMentorHours(viewer.schoolId, months[0], new Date(Date.UTC(startYear + 1, 8, 1)), own?.id);
  const mentorIds = [...new Set(rows.map((r) => r.mentorId)), ...(own ? [own.id] : [])];
  const profiles = await db.mentorProfile.findMany({
    where: { schoolId: viewer.schoolId, id: { in: mentorIds } },
    select: { id: true, person: { select: { lastName: true, firstName: true, middleName: true } } },
  });
  const mentors = profiles
    .map((profile) => {
      const mine = rows.filter((r) => r.mentorId === profile.id);
      const perMonth = months.map((month) => {
        const row = mine.find((r) => r.month.getTime() === month.getTime());
        return {
          month,
          meetingMinutes: row?.meetingMinutes ?? 0,
          meetings: row?.meetings ?? 0,
          preparationMinutes: row?.preparationMinutes ?? 0,
        };
      });
      return {
        mentorId: profile.id,
        name: fullName(profile.person),
        months: perMonth,
        totalMinutes: perMonth.reduce((sum, m) => sum + m.meetingMinutes + m.preparationMinutes, 0),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "ru"));
  return { startYear, mentors };
}
