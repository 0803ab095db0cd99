import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { MentoringForm } from "@/lib/generated/prisma/enums";
import { assertCan } from "@/lib/permissions";

/** The module plan of each form the programme runs (an empty one for a form without rows yet), in one query. */
export async function getModulePlans(viewer: Viewer, programme: { id: string; forms: MentoringForm[] }) {
  assertCan(viewer, "programme-document:read");
  const items = await db.modulePlanItem.findMany({
    where: { schoolId: viewer.schoolId, programmeId: programme.id },
    orderBy: [{ form: "asc" }, { position: "asc" }],
    select: {
      id: true,
      form: true,
      position: true,
      title: true,
      task: true,
      period: true,
      responsible: true,
      status: true,
      result: true,
    },
  });
  const forms = [...new Set([...programme.forms, ...items.map((item) => item.form)])];
  return forms.map((form) => ({ form, items: items.filter((item) => item.form === form) }));
}

export type ModulePlans = Awaited<ReturnType<typeof getModulePlans>>;
