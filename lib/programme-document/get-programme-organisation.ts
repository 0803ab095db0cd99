import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";
import { findProgramme } from "./find-programme";

/** The working group, resources and media plan of the current programme; names of staff, never of children. */
export async function getProgrammeOrganisation(viewer: Viewer) {
  assertCan(viewer, "programme-document:read");
  const programme = await findProgramme(viewer);
  const where = { schoolId: viewer.schoolId, programmeId: programme.id };
  const [team, resources, publications] = await Promise.all([
    db.programmeTeamMember.findMany({
      where,
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        role: true,
        duties: true,
        person: { select: { lastName: true, firstName: true, middleName: true, staff: { select: { position: true } } } },
      },
    }),
    db.programmeResource.findMany({
      where,
      orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
      select: { id: true, kind: true, title: true, source: true, details: true },
    }),
    db.mediaPublication.findMany({
      where,
      orderBy: [{ plannedOn: "asc" }, { createdAt: "asc" }],
      select: { id: true, channel: true, title: true, plannedOn: true, responsible: true, publishedOn: true, url: true },
    }),
  ]);
  return { programme, team, resources, publications };
}

export type ProgrammeOrganisation = Awaited<ReturnType<typeof getProgrammeOrganisation>>;
