import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayCalendarDate } from "@/lib/format/date";
import { missingPupilsWhere, presentPersonIds, type RosterPlan } from "./load-roster-plan";
import { countPlan } from "./plan-roster-import";

export interface RosterImportResult {
  importId: string;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  markedLeft: number;
}

function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

/**
 * Writes a plan without errors inside the caller's transaction. Few queries whatever the size: new people in one
 * createMany, class and staff changes in one updateMany per target value; only changed names and birth dates cost a
 * query per person.
 */
export async function applyRosterPlan(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  plan: RosterPlan,
  markLeft: boolean,
): Promise<RosterImportResult> {
  const schoolId = viewer.schoolId;
  const creates = plan.rows.filter((row) => row.action === "create").map((row) => row.record!);
  const created = creates.length
    ? await tx.person.createManyAndReturn({
        data: creates.map((r) => ({
          schoolId,
          rosterKey: r.key,
          lastName: r.lastName,
          firstName: r.firstName,
          middleName: r.middleName,
          birthDate: r.birthDate,
        })),
        select: { id: true, rosterKey: true },
      })
    : [];
  const createdIds = new Map(created.map((person) => [person.rosterKey!, person.id]));
  const updates = plan.rows.filter((row) => row.action === "update");
  for (const row of updates.filter((r) => r.personChanged)) {
    const r = row.record!;
    await tx.person.update({
      where: { id: row.person!.id, schoolId },
      data: {
        rosterKey: row.rosterKey ?? r.key,
        lastName: r.lastName,
        firstName: r.firstName,
        middleName: r.middleName,
        ...(r.birthDate ? { birthDate: r.birthDate } : {}),
      },
    });
  }

  // Role rows: new for created people and for known people without one; grouped updates for the rest.
  const roleRows = [
    ...creates.map((record) => ({ personId: createdIds.get(record.key)!, record, hasRole: false })),
    ...updates
      .filter((r) => r.roleChanged)
      .map((row) => ({
        personId: row.person!.id,
        record: row.record!,
        hasRole: plan.kind === "PUPILS" ? row.person!.pupil !== null : row.person!.staff !== null,
      })),
  ];
  const fresh = roleRows.filter((r) => !r.hasRole);
  const changed = roleRows.filter((r) => r.hasRole);
  if (plan.kind === "PUPILS") {
    if (fresh.length)
      await tx.pupil.createMany({ data: fresh.map((r) => ({ schoolId, personId: r.personId, ...r.record.pupil! })) });
    for (const group of groupBy(changed, (r) => `${r.record.pupil!.grade}|${r.record.pupil!.classLetter}`)) {
      await tx.pupil.updateMany({
        where: { schoolId, personId: { in: group.map((r) => r.personId) } },
        data: { ...group[0].record.pupil!, status: "ENROLLED", leftAt: null },
      });
    }
  } else {
    if (fresh.length)
      await tx.staff.createMany({ data: fresh.map((r) => ({ schoolId, personId: r.personId, ...r.record.staff! })) });
    for (const group of groupBy(changed, (r) => JSON.stringify(r.record.staff))) {
      await tx.staff.updateMany({
        where: { schoolId, personId: { in: group.map((r) => r.personId) } },
        data: { ...group[0].record.staff!, leftAt: null },
      });
    }
  }

  const left =
    plan.kind === "PUPILS" && markLeft && plan.classes.length
      ? await tx.pupil.updateManyAndReturn({
          where: missingPupilsWhere(viewer, plan, [...presentPersonIds(plan), ...created.map((p) => p.id)]),
          data: { status: "LEFT", leftAt: todayCalendarDate(viewer.timeZone) },
          select: { personId: true },
        })
      : [];

  const counts = countPlan(plan.rows);
  const result = {
    created: counts.create,
    updated: counts.update,
    unchanged: counts.unchanged,
    skipped: counts.skip,
    markedLeft: left.length,
  };
  const record = await tx.rosterImport.create({
    data: {
      schoolId,
      userId: viewer.userId,
      kind: plan.kind,
      fileName: plan.fileName,
      created: result.created,
      updated: result.updated,
      markedLeft: result.markedLeft,
    },
    select: { id: true },
  });
  await recordAudit(tx, viewer, {
    action: "roster.import",
    entityType: "RosterImport",
    entityId: record.id,
    details: {
      kind: plan.kind,
      fileName: plan.fileName,
      ...result,
      createdPersonIds: created.map((p) => p.id),
      updatedPersonIds: updates.map((row) => row.person!.id),
      leftPersonIds: left.map((p) => p.personId),
    },
  });
  return { importId: record.id, ...result };
}
