import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ResponseStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";

/**
 * Responses per questionnaire template (of one status, or all), for these templates only: one grouped query on the
 * (templateId, status) index. Prisma's relation `_count` would count every response of every school.
 */
export async function countResponses(
  templateIds: string[],
  status?: ResponseStatus,
  client: Pick<Prisma.TransactionClient, "questionnaireResponse"> = db,
): Promise<Map<string, number>> {
  if (templateIds.length === 0) return new Map();
  const rows = await client.questionnaireResponse.groupBy({
    by: ["templateId"],
    where: { templateId: { in: templateIds }, ...(status && { status }) },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.templateId, row._count._all]));
}
