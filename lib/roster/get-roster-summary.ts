import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { sortClasses } from "@/lib/format/class-order";
import { assertCan } from "@/lib/permissions";
import { classLabel } from "./parse-class-name";

/**
 * Counts only, no names (so no read is logged): pupils per class and status, staff, and the latest imports.
 */
export async function getRosterSummary(viewer: Viewer) {
  assertCan(viewer, "roster:read");
  const [groups, staff, staffLeft, imports] = await Promise.all([
    db.pupil.groupBy({ by: ["grade", "classLetter", "status"], where: { schoolId: viewer.schoolId }, _count: { _all: true } }),
    db.staff.count({ where: { schoolId: viewer.schoolId, leftAt: null } }),
    db.staff.count({ where: { schoolId: viewer.schoolId, leftAt: { not: null } } }),
    db.rosterImport.findMany({
      where: { schoolId: viewer.schoolId },
      orderBy: { createdAt: "desc" },
      take: 5,
      select: {
        id: true,
        kind: true,
        fileName: true,
        created: true,
        updated: true,
        markedLeft: true,
        createdAt: true,
        user: { select: { displayName: true } },
      },
    }),
  ]);
  const classes = new Map<string, { label: string; grade: number; classLetter: string; enrolled: number; left: number }>();
  for (const group of groups) {
    const label = classLabel(group);
    const entry = classes.get(label) ?? { label, grade: group.grade, classLetter: group.classLetter, enrolled: 0, left: 0 };
    if (group.status === "ENROLLED") entry.enrolled += group._count._all;
    else entry.left += group._count._all;
    classes.set(label, entry);
  }
  const sorted = sortClasses([...classes.values()]);
  return {
    classes: sorted,
    enrolled: sorted.reduce((sum, c) => sum + c.enrolled, 0),
    left: sorted.reduce((sum, c) => sum + c.left, 0),
    staff,
    staffLeft,
    imports,
  };
}
