import type { PrismaClient } from "@/lib/generated/prisma/client";
import { todayCalendarDate } from "@/lib/format/date";

/** One school as a scan sees it: its calendar day now, in its own time zone. */
export interface SchoolDay {
  schoolId: string;
  timeZone: string;
  certificateMaxAgeMonths: number;
  today: Date;
}

export async function schoolDays(db: PrismaClient, now: Date): Promise<SchoolDay[]> {
  const schools = await db.school.findMany({ select: { id: true, timeZone: true, certificateMaxAgeMonths: true } });
  return schools.map((school) => ({
    schoolId: school.id,
    timeZone: school.timeZone,
    certificateMaxAgeMonths: school.certificateMaxAgeMonths,
    today: todayCalendarDate(school.timeZone, now),
  }));
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * 24 * 60 * 60 * 1000);
}

export const dayKey = (day: Date) => day.toISOString().slice(0, 10);
