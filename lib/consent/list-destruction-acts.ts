import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

/** The school's acts of destruction (акты об уничтожении персональных данных), newest first. */
export async function listDestructionActs(viewer: Viewer) {
  assertCan(viewer, "consent:read");
  return db.destructionAct.findMany({
    where: { schoolId: viewer.schoolId },
    orderBy: { number: "desc" },
    select: { id: true, number: true, personId: true, dataCategories: true, reason: true, performedAt: true },
  });
}
