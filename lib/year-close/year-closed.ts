import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Why no pair is formed in a programme whose year was closed (lib/year-close/close-year.ts). */
export const YEAR_CLOSED = "Учебный год этой программы закрыт: начните программу следующего учебного года.";

/** Refuses forming pairs in a programme of the school whose year was closed. */
export async function assertYearOpen(schoolId: string, programmeId: string): Promise<void> {
  const closed = await db.programmeClosure.count({ where: { schoolId, programmeId } });
  if (closed) throw new AppError("INVALID", YEAR_CLOSED);
}
