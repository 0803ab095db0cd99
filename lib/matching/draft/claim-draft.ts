import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

export const DRAFT_CHANGED = "Черновик пар изменил другой куратор, пока вы его смотрели: обновите страницу и проверьте пары.";

/**
 * Every change of the programme's pairs' draft goes through here: it bumps the draft's version, and with `seen` (the
 * version the curator's page showed) refuses a change made from an older view, so two curators cannot overwrite each
 * other. The programme's row stays locked until the transaction ends: draft changes of one programme run one by one.
 */
export async function claimDraft(
  tx: Prisma.TransactionClient,
  schoolId: string,
  programmeId: string,
  seen?: number,
): Promise<void> {
  const { count } = await tx.programme.updateMany({
    where: { id: programmeId, schoolId, ...(seen !== undefined && { draftVersion: seen }) },
    data: { draftVersion: { increment: 1 } },
  });
  if (count === 0) throw new AppError("CONFLICT", DRAFT_CHANGED);
}

/** Serialises what puts mentees into pairs in one school (forming by hand, the matching, replacing a mentor). */
export async function lockPairForming(tx: Prisma.TransactionClient, schoolId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`mentorship:${schoolId}`}))`;
}
