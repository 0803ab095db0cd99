import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Why no pair is formed in a programme whose year was closed (lib/year-close/close-year.ts). */
export const YEAR_CLOSED = "Учебный год этой программы закрыт: начните программу следующего учебного года.";

/**
 * Refuses forming pairs in a programme of the school whose year was closed. Called inside the writing transaction after
 * lockPairForming (lib/matching/draft/claim-draft.ts), the lock closeYear also takes: a pair cannot slip into a year
 * being closed.
 */
export async function assertYearOpen(
  schoolId: string,
  programmeId: string,
  client: Prisma.TransactionClient = db,
): Promise<void> {
  const closed = await client.programmeClosure.count({ where: { schoolId, programmeId } });
  if (closed) throw new AppError("INVALID", YEAR_CLOSED);
}
