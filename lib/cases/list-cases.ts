import "server-only";
import { recordReads } from "@/lib/audit/record-reads";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { shortName } from "@/lib/format/person-name";
import { formLabels } from "@/lib/mentorships/labels";
import { assertCan } from "@/lib/permissions";

const pairLabelSelect = {
  form: true,
  mentor: { select: { person: { select: { lastName: true, firstName: true, middleName: true } } } },
  mentees: {
    select: { mentee: { select: { person: { select: { id: true, lastName: true, firstName: true, middleName: true } } } } },
  },
} as const;

type PairLabelRow = {
  form: keyof typeof formLabels;
  mentor: { person: { lastName: string; firstName: string; middleName: string | null } };
  mentees: { mentee: { person: { lastName: string; firstName: string; middleName: string | null } } }[];
};

/** «Николаева М. Е. → Смирнов К. (Учитель – ученик)»: how the curator recognises a pair. */
export function pairLabel(pair: PairLabelRow): string {
  const mentees = pair.mentees.map((m) => shortName(m.mentee.person)).join(", ");
  return `${shortName(pair.mentor.person)} → ${mentees || "без наставляемых"} (${formLabels[pair.form]})`;
}

/** The school's cases for the curator, newest first, and the pairs a new case can be written from; a logged read. */
export async function listCases(viewer: Viewer) {
  assertCan(viewer, "case:write");
  const schoolId = viewer.schoolId;
  const [cases, pairs, school] = await Promise.all([
    db.practiceCase.findMany({
      where: { schoolId },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        title: true,
        publishedAt: true,
        anonymisedAt: true,
        updatedAt: true,
        programme: { select: { title: true } },
        mentorship: { select: pairLabelSelect },
      },
    }),
    db.mentorship.findMany({
      where: { schoolId, status: { in: ["ACTIVE", "COMPLETED"] } },
      orderBy: [{ programme: { startYear: "desc" } }, { createdAt: "asc" }],
      select: { id: true, status: true, programme: { select: { title: true } }, ...pairLabelSelect },
    }),
    db.school.findUniqueOrThrow({ where: { id: schoolId }, select: { slug: true } }),
  ]);
  // The mentees' names (children's among them) are on the list: one logged read for the whole list.
  await recordReads(
    viewer,
    [...cases.flatMap((c) => c.mentorship?.mentees ?? []), ...pairs.flatMap((p) => p.mentees)].map((m) => m.mentee.person.id),
    "Кейсы лучших практик: список",
  );
  return {
    publicPath: `/s/${school.slug}`,
    cases: cases.map((c) => ({
      id: c.id,
      title: c.title,
      programmeTitle: c.programme.title,
      pair: c.mentorship ? pairLabel(c.mentorship) : "пара удалена",
      publishedAt: c.publishedAt,
      anonymised: c.anonymisedAt !== null,
      updatedAt: c.updatedAt,
    })),
    pairs: pairs.map((p) => ({ id: p.id, label: `${p.programme.title}: ${pairLabel(p)}`, status: p.status })),
  };
}

export type CaseList = Awaited<ReturnType<typeof listCases>>;
