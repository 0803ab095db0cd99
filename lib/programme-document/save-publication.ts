"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseCalendarDate } from "@/lib/format/date";
import { findProgramme } from "./find-programme";
import { savePublicationSchema } from "./team-schemas";

/** A publication of the media plan: added as planned, later marked published with its date and link. */
export const savePublication = defineAction(
  { schema: savePublicationSchema, permission: "programme-document:edit" },
  async (input, viewer) => {
    const programme = await findProgramme(viewer);
    const data = {
      channel: input.channel,
      title: input.title,
      plannedOn: parseCalendarDate(input.plannedOn),
      responsible: input.responsible,
      publishedOn: input.publishedOn ? parseCalendarDate(input.publishedOn) : null,
      url: input.url || null,
    };
    const saved = await db.$transaction(async (tx) => {
      let id = input.id;
      if (id) {
        const { count } = await tx.mediaPublication.updateMany({
          where: { id, schoolId: viewer.schoolId, programmeId: programme.id },
          data,
        });
        if (count === 0) throw new AppError("NOT_FOUND");
      } else {
        id = (
          await tx.mediaPublication.create({
            data: { schoolId: viewer.schoolId, programmeId: programme.id, ...data },
            select: { id: true },
          })
        ).id;
      }
      await recordAudit(tx, viewer, {
        action: input.id ? "media-publication.update" : "media-publication.add",
        entityType: "MediaPublication",
        entityId: id,
        details: { channel: input.channel, published: Boolean(data.publishedOn) },
      });
      return { id };
    });
    revalidatePath("/curator/programme/media");
    return saved;
  },
);
