import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { addItemComment } from "@/lib/roadmap/add-item-comment";
import { addRoadmapItem, removeRoadmapItem } from "@/lib/roadmap/change-stage-items";
import { getEvidenceFile } from "@/lib/roadmap/evidence/get-evidence-file";
import { removeEvidence } from "@/lib/roadmap/evidence/remove-evidence";
import { uploadEvidence } from "@/lib/roadmap/evidence/upload-evidence";
import { getRoadmapItem } from "@/lib/roadmap/get-roadmap-item";
import { updateRoadmapItem } from "@/lib/roadmap/update-roadmap-item";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let school: SchoolFixture;
let other: SchoolFixture;
const pdf = Buffer.from("%PDF-1.4\n% протокол педсовета\n");

function upload(itemId: string, name: string, bytes: Buffer) {
  const form = new FormData();
  form.set("itemId", itemId);
  form.set("file", new File([new Uint8Array(bytes)], name));
  return uploadEvidence(form);
}

beforeAll(async () => {
  process.env.FILES_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "nst-files-"));
  school = await createSchoolFixture(database.db, "Файлы");
  other = await createSchoolFixture(database.db, "Чужие файлы");
  for (const who of [school.people.curator, school.people.mentorA, school.people.mentorB]) {
    await database.db.staff.create({
      data: { schoolId: school.schoolId, personId: who.personId, position: "Учитель", experienceYears: 5 },
    });
  }
});

describe("co-responsibles", () => {
  it("are set on the item, kept in its history, and may then add evidence", async () => {
    actAs(await school.viewer(school.people.curator));
    const result = await updateRoadmapItem({
      itemId: school.item.id,
      version: 1,
      title: school.item.title,
      status: "IN_PROGRESS",
      responsibleId: school.people.curator.userId,
      coResponsibleIds: [school.people.mentorA.userId],
    });
    expect(result).toMatchObject({ ok: true });
    const item = await getRoadmapItem(await school.viewer(school.people.mentorA), school.item.id);
    expect(item.coResponsibles.map((c) => c.userId)).toEqual([school.people.mentorA.userId]);
    expect(item.changes[0].changes).toContainEqual({ field: "Соисполнители", from: "—", to: "Наставников Тест" });
    expect(item.mayWork).toBe(true);
  });

  it("must be staff of the school", async () => {
    actAs(await school.viewer(school.people.curator));
    const result = await updateRoadmapItem({
      itemId: school.item.id,
      version: 2,
      title: school.item.title,
      status: "IN_PROGRESS",
      coResponsibleIds: [other.people.curator.userId],
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { coResponsibleIds: ["Выберите сотрудника этой школы"] } });
  });
});

describe("responsibles switched off here", () => {
  it("are not offered nor accepted as newcomers, but stay on the items they already hold", async () => {
    const curator = await school.viewer(school.people.curator);
    const mentorB = school.people.mentorB.userId;
    await database.db.membership.updateMany({
      where: { userId: mentorB, schoolId: school.schoolId },
      data: { deactivatedAt: new Date() },
    });
    const item = await getRoadmapItem(curator, school.item.id);
    expect(item.assignable.map((u) => u.id)).not.toContain(mentorB);
    actAs(curator);
    const refused = await updateRoadmapItem({
      itemId: school.item.id,
      version: item.version,
      title: school.item.title,
      status: "IN_PROGRESS",
      responsibleId: school.people.curator.userId,
      coResponsibleIds: [school.people.mentorA.userId, mentorB],
    });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { coResponsibleIds: ["Выберите сотрудника этой школы"] } });
    // mentor A, already a co-responsible, is switched off too: the item can still be edited with them on it
    await database.db.membership.updateMany({
      where: { userId: school.people.mentorA.userId, schoolId: school.schoolId },
      data: { deactivatedAt: new Date() },
    });
    const kept = await updateRoadmapItem({
      itemId: school.item.id,
      version: item.version,
      title: `${school.item.title} `,
      status: "IN_PROGRESS",
      responsibleId: school.people.curator.userId,
      coResponsibleIds: [school.people.mentorA.userId],
    });
    expect(kept).toMatchObject({ ok: true });
    expect((await getRoadmapItem(curator, school.item.id)).assignable.map((u) => u.id)).toContain(school.people.mentorA.userId);
    await database.db.membership.updateMany({ where: { schoolId: school.schoolId }, data: { deactivatedAt: null } });
  });
});

describe("evidence files", () => {
  let evidenceId: string;

  it("a co-responsible uploads a checked file; it is stored in the files folder with its row", async () => {
    actAs(await school.viewer(school.people.mentorA));
    const result = await upload(school.item.id, "Протокол.pdf", pdf);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    evidenceId = result.data.id;
    const row = await database.db.roadmapEvidence.findUniqueOrThrow({ where: { id: evidenceId } });
    expect(row).toMatchObject({ fileName: "Протокол.pdf", mimeType: "application/pdf", size: pdf.length });
    const file = await getEvidenceFile(await school.viewer(school.people.curator), evidenceId);
    expect(file.bytes.equals(pdf)).toBe(true);
  });

  it("refuses a wrong type with a message next to the field, and writes nothing", async () => {
    actAs(await school.viewer(school.people.curator));
    const before = await database.db.roadmapEvidence.count();
    const result = await upload(school.item.id, "photo.png", pdf);
    expect(result).toMatchObject({ ok: false, fieldErrors: { file: ["Содержимое файла не соответствует его расширению"] } });
    expect(await database.db.roadmapEvidence.count()).toBe(before);
  });

  it("is hidden from people who only read the roadmap, and refused to them", async () => {
    const mentorB = await school.viewer(school.people.mentorB);
    const item = await getRoadmapItem(mentorB, school.item.id);
    expect(item.evidence).toBeNull();
    await expect(getEvidenceFile(mentorB, evidenceId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getEvidenceFile(await school.viewer(school.people.menteeA), evidenceId)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    actAs(mentorB);
    expect(await upload(school.item.id, "a.pdf", pdf)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await removeEvidence({ evidenceId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(await other.viewer(other.people.curator));
    expect(await removeEvidence({ evidenceId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("an editor removes a file together with its bytes", async () => {
    const { storageKey } = await database.db.roadmapEvidence.findUniqueOrThrow({ where: { id: evidenceId } });
    actAs(await school.viewer(school.people.curator));
    expect(await removeEvidence({ evidenceId })).toMatchObject({ ok: true });
    expect(fs.existsSync(path.join(process.env.FILES_DIR!, storageKey.slice(0, 2), storageKey))).toBe(false);
  });
});

describe("comments", () => {
  it("are added by staff and mentors, read by them, and refused to mentees and other schools", async () => {
    actAs(await school.viewer(school.people.mentorB));
    expect(await addItemComment({ itemId: school.item.id, body: "Могу провести встречу в четверг" })).toMatchObject({ ok: true });
    const item = await getRoadmapItem(await school.viewer(school.people.curator), school.item.id);
    expect(item.comments?.map((c) => [c.author?.displayName, c.body])).toEqual([
      ["Учителев Тест", "Могу провести встречу в четверг"],
    ]);
    await expect(getRoadmapItem(await school.viewer(school.people.menteeA), school.item.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    actAs(await school.viewer(school.people.menteeA));
    expect(await addItemComment({ itemId: school.item.id, body: "Привет" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await other.viewer(other.people.curator));
    expect(await addItemComment({ itemId: school.item.id, body: "Чужой" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(await school.viewer(school.people.curator));
    expect(await addItemComment({ itemId: school.item.id, body: "   " })).toMatchObject({
      ok: false,
      fieldErrors: { body: ["Напишите комментарий"] },
    });
  });
});

describe("removing an item", () => {
  it("removes its evidence files from disk too", async () => {
    actAs(await school.viewer(school.people.curator));
    const added = await addRoadmapItem({ stageId: school.item.stageId, title: "Пункт с файлом" });
    if (!added.ok) throw new Error(added.error);
    expect(await upload(added.data.id, "protocol.pdf", pdf)).toMatchObject({ ok: true });
    const { storageKey } = await database.db.roadmapEvidence.findFirstOrThrow({ where: { itemId: added.data.id } });
    const stored = path.join(process.env.FILES_DIR!, storageKey.slice(0, 2), storageKey);
    expect(fs.existsSync(stored)).toBe(true);
    const { version } = await database.db.roadmapItem.findUniqueOrThrow({ where: { id: added.data.id } });
    expect(await removeRoadmapItem({ itemId: added.data.id, version })).toMatchObject({ ok: true });
    expect(fs.existsSync(stored)).toBe(false);
  });
});
