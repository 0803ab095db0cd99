import "server-only";
import { db } from "@/lib/db/client";

/** The school's current programme (the latest school year), or null before the first one. */
export function currentProgramme(schoolId: string) {
  return db.programme.findFirst({
    where: { schoolId },
    orderBy: { startYear: "desc" },
    select: { id: true, title: true, startYear: true },
  });
}
