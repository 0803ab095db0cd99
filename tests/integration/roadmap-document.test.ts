import { beforeAll, describe, expect, it } from "vitest";
import { loadRoadmapDocument } from "@/lib/roadmap/export/load-roadmap-document";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();
let school: SchoolFixture;
let other: SchoolFixture;
const nbsp = "\u00A0";

beforeAll(async () => {
  const db = database.db;
  school = await createSchoolFixture(db, "Документ");
  other = await createSchoolFixture(db, "Соседи");
  const { curator, director, mentorA } = school.people;
  await db.person.update({
    where: { id: curator.personId },
    data: { lastName: "Дмитриева", firstName: "Ольга", middleName: "Максимовна" },
  });
  await db.person.update({
    where: { id: director.personId },
    data: { lastName: "Сидоров", firstName: "Олег", middleName: "Петрович" },
  });
  await db.roadmapItem.update({ where: { id: school.item.id }, data: { responsibleId: curator.userId } });
  const stage = await db.programmeStage.findFirstOrThrow({ where: { programmeId: school.programme.id } });
  await db.roadmapItem.create({
    data: {
      schoolId: school.schoolId,
      programmeId: school.programme.id,
      stageId: stage.id,
      code: "1.2",
      position: 2,
      title: "Встреча наставников",
      responsibleId: mentorA.userId,
    },
  });
  // The other school's director must not sign this school's roadmap.
  await db.membership.create({ data: { userId: other.people.director.userId, schoolId: school.schoolId, role: "MENTOR" } });
});

describe("the roadmap as a document", () => {
  it("names responsible people «О. М. Дмитриева, куратор» and the school's director in the approval block", async () => {
    const loaded = await loadRoadmapDocument(await school.viewer(school.people.curator), 2026);
    expect(loaded?.startYear).toBe(2026);
    const rows = loaded!.doc.rows.filter((row) => row.kind === "item");
    expect(rows.map((row) => [row.number, row.responsible])).toEqual([
      ["1.1", `О.${nbsp}М.${nbsp}Дмитриева, куратор`],
      ["1.2", `Т.${nbsp}Наставников, наставник`],
    ]);
    expect(loaded!.doc.approval).toEqual({
      position: "Директор",
      name: `О.${nbsp}П.${nbsp}Сидоров`,
      orderNumber: null,
      orderDate: null,
    });
  });

  it("leaves the director's name blank when the school has none", async () => {
    await database.db.membership.updateMany({
      where: { schoolId: school.schoolId, role: "DIRECTOR" },
      data: { deactivatedAt: new Date() },
    });
    const loaded = await loadRoadmapDocument(await school.viewer(school.people.curator), 2026);
    expect(loaded!.doc.approval.name).toBeNull();
  });

  it("is refused to a parent, and gives nothing for a year without a programme", async () => {
    await expect(loadRoadmapDocument(await school.viewer(school.people.parentA), 2026)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await loadRoadmapDocument(await school.viewer(school.people.curator), 2031)).toBeNull();
  });
});
