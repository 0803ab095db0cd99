"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { publishConsentTextSchema } from "./consent-schemas";

/** An edited text becomes a new version; consents already given stay tied to the version they agreed to. */
export const publishConsentText = defineAction(
  { schema: publishConsentTextSchema, permission: "consent:manage-texts" },
  async (input, viewer) => {
    const text = await db.$transaction(async (tx) => {
      const latest = await tx.consentText.findFirst({
        where: { schoolId: viewer.schoolId, purpose: input.purpose },
        orderBy: { version: "desc" },
        select: { version: true },
      });
      const created = await tx.consentText.create({
        data: {
          schoolId: viewer.schoolId,
          purpose: input.purpose,
          version: (latest?.version ?? 0) + 1,
          title: input.title,
          body: input.body,
        },
        select: { id: true, version: true },
      });
      await recordAudit(tx, viewer, {
        action: "consent-text.publish",
        entityType: "ConsentText",
        entityId: created.id,
        details: { purpose: input.purpose, version: created.version },
      });
      return created;
    });
    revalidatePath("/curator/consents");
    revalidatePath("/parent/consents");
    revalidatePath("/consent");
    return text;
  },
);
