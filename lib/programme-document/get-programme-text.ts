import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";
import { findProgramme } from "./find-programme";
import { readSections } from "./sections-schema";

/** The programme with its text versions, newest first; the newest is the one edited or approved. */
export async function getProgrammeText(viewer: Viewer) {
  assertCan(viewer, "programme-document:read");
  const programme = await findProgramme(viewer);
  const versions = await db.programmeTextVersion.findMany({
    where: { schoolId: viewer.schoolId, programmeId: programme.id },
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      status: true,
      sections: true,
      councilName: true,
      councilProtocol: true,
      councilDate: true,
      orderNumber: true,
      orderDate: true,
      approvedAt: true,
      updatedAt: true,
    },
  });
  const [latest] = versions;
  return {
    programme,
    latest: latest ? { ...latest, sections: readSections(latest.sections) } : null,
    /** The newest approved version: the programme in force while a newer draft waits. */
    approved: versions.find((version) => version.status === "APPROVED") ?? null,
    versions: versions.map(({ sections: _sections, ...version }) => version),
  };
}

export type ProgrammeText = Awaited<ReturnType<typeof getProgrammeText>>;
