import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/permissions";

/** The installation's municipalities with their schools (names only) and coordinators, for the operator. */
export async function listMunicipalities(viewer: Viewer) {
  assertCan(viewer, "platform:manage");
  return db.municipality.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      schools: { orderBy: { name: "asc" }, select: { id: true, name: true, slug: true } },
      coordinators: {
        where: { deactivatedAt: null, user: { isActive: true } },
        orderBy: { createdAt: "asc" },
        select: { id: true, user: { select: { displayName: true, login: true } } },
      },
    },
  });
}
