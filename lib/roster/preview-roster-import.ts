"use server";

import { defineAction } from "@/lib/actions/define-action";
import { recordReads } from "@/lib/audit/record-reads";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { classOrderBy } from "@/lib/format/class-order";
import { fullName } from "@/lib/format/person-name";
import { loadRosterPlan, missingPupilsWhere, presentPersonIds, readRosterUpload } from "./load-roster-plan";
import { toRosterPreview } from "./roster-preview";
import { rosterFileSchema } from "./roster-schemas";

/** Steps 1–2: reads the file with the guessed or chosen mapping and tells what the import would do. Writes no roster rows. */
export const previewRosterImport = defineAction(
  { schema: rosterFileSchema, permission: "roster:import" },
  async (input, viewer) => {
    const read = await readRosterUpload(input);
    if (!read.ok) throw new AppError("INVALID", read.error, { file: [read.error] });
    const plan = await loadRosterPlan(db, viewer, input.kind, input.file.name, read.analysis);
    const leaving =
      input.kind === "PUPILS" && plan.classes.length
        ? await db.pupil.findMany({
            where: missingPupilsWhere(viewer, plan, presentPersonIds(plan)),
            select: {
              personId: true,
              grade: true,
              classLetter: true,
              person: { select: { lastName: true, firstName: true, middleName: true } },
            },
            orderBy: [...classOrderBy, { person: { lastName: "asc" } }],
          })
        : [];
    // The preview shows stored values of people being changed and names of pupils who would leave: that is a read.
    const shown = [
      ...plan.rows.filter((row) => row.action === "update").map((row) => row.person!.id),
      ...leaving.map((p) => p.personId),
    ];
    await recordReads(viewer, shown, "Предпросмотр импорта контингента");
    return toRosterPreview(
      plan,
      leaving.map((p) => `${fullName(p.person)} (${p.grade}${p.classLetter})`),
    );
  },
);
