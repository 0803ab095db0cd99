import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { currentProgramme } from "@/lib/completion/current-programme";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** The current programme's final event of the viewer's school, or a refusal to act without one. */
export async function requireCurrentEvent(viewer: Viewer) {
  const programme = await currentProgramme(viewer.schoolId);
  const event = programme
    ? await db.finalEvent.findFirst({
        where: { schoolId: viewer.schoolId, programmeId: programme.id },
        select: { id: true, programmeId: true, title: true, startsAt: true, place: true, status: true },
      })
    : null;
  if (!event) throw new AppError("INVALID", "Сначала укажите дату и место итогового мероприятия.");
  return event;
}
