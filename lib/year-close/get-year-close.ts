import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import type { Viewer } from "@/lib/auth/viewer";
import { pairLabel } from "@/lib/cases/list-cases";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";
import type { YearCloseDecision } from "./year-close-schema";

/**
 * The close of a year for the curator: the school's programmes (closed ones with when), the chosen one (by default the
 * oldest still open), its open pairs with a suggested decision, and the next programme pairs can be carried over to.
 * The read of the pairs' names is audited.
 */
export async function getYearClose(viewer: Viewer, programmeId?: string) {
  assertCan(viewer, "year:close");
  const schoolId = viewer.schoolId;
  const programmes = await db.programme.findMany({
    where: { schoolId },
    orderBy: { startYear: "asc" },
    select: { id: true, title: true, startYear: true, closure: { select: { closedAt: true } } },
  });
  const chosen = programmes.find((p) => p.id === programmeId) ?? programmes.find((p) => !p.closure) ?? programmes.at(-1) ?? null;
  if (!chosen) return { programmes, chosen: null, next: null, pairs: [] };
  const next = programmes.find((p) => p.startYear === chosen.startYear + 1 && !p.closure) ?? null;
  const pairs = chosen.closure
    ? []
    : await db.mentorship.findMany({
        where: { schoolId, programmeId: chosen.id, status: { in: ["FORMING", "ACTIVE"] } },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          status: true,
          meetings: { where: { type: { in: ["FINAL", "GROUP_FINAL"] } }, select: { id: true }, take: 1 },
          form: true,
          mentor: { select: { person: { select: { id: true, lastName: true, firstName: true, middleName: true } } } },
          mentees: {
            select: {
              mentee: { select: { person: { select: { id: true, lastName: true, firstName: true, middleName: true } } } },
            },
          },
        },
      });
  await recordReads(
    viewer,
    pairs.flatMap((pair) => [pair.mentor.person.id, ...pair.mentees.map((m) => m.mentee.person.id)]),
    "Закрытие учебного года",
  );
  return {
    programmes,
    chosen,
    next,
    pairs: pairs.map((pair) => {
      const hasFinalMeeting = pair.meetings.length > 0;
      const suggested: YearCloseDecision =
        pair.status === "ACTIVE" && hasFinalMeeting ? "COMPLETE" : next ? "CARRY_OVER" : "TERMINATE";
      const status = pair.status as "FORMING" | "ACTIVE";
      return { id: pair.id, label: pairLabel(pair), status, hasFinalMeeting, suggested };
    }),
  };
}

export type YearClose = Awaited<ReturnType<typeof getYearClose>>;
