import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** The school's current programme (the latest school year), the one whose document is being written. */
export async function findProgramme(viewer: Viewer) {
  const programme = await db.programme.findFirst({
    where: { schoolId: viewer.schoolId },
    orderBy: { startYear: "desc" },
    select: { id: true, title: true, startYear: true, forms: true },
  });
  if (!programme) throw new AppError("NOT_FOUND", "Сначала начните программу учебного года.");
  return programme;
}
