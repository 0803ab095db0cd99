import "server-only";
import { db } from "@/lib/db/client";

/** The school's latest programme (the school year being run), or null before the first one is started. */
export function findCurrentProgramme(schoolId: string) {
  return db.programme.findFirst({
    where: { schoolId },
    orderBy: { startYear: "desc" },
    select: { id: true, title: true, startYear: true },
  });
}
