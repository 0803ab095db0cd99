import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { buildProgramme } from "@/lib/roadmap/build-programme";
import { defaultTemplateContent } from "@/lib/roadmap/default-template";

/** A school whose programme has `itemCount` roadmap items spread over the seven stages; returns its curator as a viewer. */
export async function createLargeRoadmap(db: PrismaClient, itemCount: number): Promise<Viewer> {
  const school = await db.school.create({ data: { slug: `big-${randomUUID()}`, name: "Большая школа", shortName: "Большая" } });
  const user = await db.user.create({
    data: {
      login: `big-${randomUUID()}`,
      displayName: "Куратор",
      passwordHash: "x",
      memberships: { create: { schoolId: school.id, role: "CURATOR" } },
    },
  });
  const content = structuredClone(defaultTemplateContent);
  content.stages.forEach((stage, s) => {
    stage.items = Array.from({ length: Math.ceil(itemCount / 7) }, (_, i) => ({
      code: `${s + 1}.${i + 1}`,
      title: `Мероприятие ${s + 1}.${i + 1}`,
      from: i % 10,
      responsible: "CURATOR" as const,
    }));
  });
  const plan = buildProgramme({
    schoolId: school.id,
    startYear: 2026,
    forms: ["PUPIL_PUPIL"],
    content,
    newId: randomUUID,
    responsible: { CURATOR: user.id, DIRECTOR: null },
  });
  await db.programme.createMany({ data: [plan.programme] });
  await db.programmeStage.createMany({ data: plan.stages });
  await db.roadmapItem.createMany({ data: plan.items.slice(0, itemCount) });
  return {
    userId: user.id,
    displayName: "Куратор",
    schoolId: school.id,
    schoolName: school.name,
    timeZone: "Europe/Moscow",
    roles: ["CURATOR"],
    schools: [],
  };
}
