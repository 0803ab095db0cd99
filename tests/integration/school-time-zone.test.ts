import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { CommentsSection } from "@/components/roadmap/comments-section";
import { EvidenceSection } from "@/components/roadmap/evidence-section";
import { addItemComment } from "@/lib/roadmap/add-item-comment";
import { uploadEvidence } from "@/lib/roadmap/evidence/upload-evidence";
import { getRoadmapItem } from "@/lib/roadmap/get-roadmap-item";
import { updateSchoolSettings } from "@/lib/schools/update-school-settings";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
let school: SchoolFixture;
let other: SchoolFixture;
const admins: Record<string, { userId: string }> = {};

async function createAdmin(schoolId: string, login: string) {
  const user = await database.db.user.create({
    data: {
      login,
      displayName: "Админов Тест",
      passwordHash: "not-a-real-hash",
      memberships: { create: [{ schoolId, role: "ADMIN" }] },
    },
  });
  return { userId: user.id };
}

beforeAll(async () => {
  process.env.FILES_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "nst-tz-"));
  school = await createSchoolFixture(database.db, "Приморье");
  other = await createSchoolFixture(database.db, "Калининград");
  admins.school = await createAdmin(school.schoolId, "admin-primorye");
  admins.other = await createAdmin(other.schoolId, "admin-kaliningrad");
});

const zoneOf = async (schoolId: string) => (await database.db.school.findUniqueOrThrow({ where: { id: schoolId } })).timeZone;

describe("the school's time zone setting", () => {
  it("is Moscow by default and travels with the viewer", async () => {
    expect(await zoneOf(school.schoolId)).toBe("Europe/Moscow");
    expect((await school.viewer(school.people.curator)).timeZone).toBe("Europe/Moscow");
  });

  it("is refused to a curator, and a zone outside Russia's is refused", async () => {
    actAs(await school.viewer(school.people.curator));
    expect(await updateSchoolSettings({ timeZone: "Asia/Vladivostok" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await school.viewer(admins.school));
    expect(await updateSchoolSettings({ timeZone: "America/New_York" as "Asia/Vladivostok" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { timeZone: ["Выберите часовой пояс из списка"] },
    });
    expect(await zoneOf(school.schoolId)).toBe("Europe/Moscow");
  });

  it("is set by the admin for their own school only, and audited", async () => {
    actAs(await school.viewer(admins.school));
    expect(await updateSchoolSettings({ timeZone: "Asia/Vladivostok" })).toMatchObject({
      ok: true,
      data: { timeZone: "Asia/Vladivostok" },
    });
    expect(await zoneOf(school.schoolId)).toBe("Asia/Vladivostok");
    expect(await zoneOf(other.schoolId)).toBe("Europe/Moscow");
    expect((await school.viewer(school.people.curator)).timeZone).toBe("Asia/Vladivostok");
    const audit = await database.db.auditEntry.findFirstOrThrow({
      where: { schoolId: school.schoolId, action: "school.settings" },
    });
    expect(audit.details).toEqual({ timeZone: { from: "Europe/Moscow", to: "Asia/Vladivostok" } });
  });

  it("of another school cannot be changed by this school's admin: only the admin's own school changes", async () => {
    actAs(await other.viewer(admins.other));
    expect(await updateSchoolSettings({ timeZone: "Europe/Kaliningrad" })).toMatchObject({ ok: true });
    expect(await zoneOf(other.schoolId)).toBe("Europe/Kaliningrad");
    expect(await zoneOf(school.schoolId)).toBe("Asia/Vladivostok");
  });
});

describe("an upload and a comment made in the same minute", () => {
  it("show the same day and time in a school in Vladivostok", async () => {
    actAs(await school.viewer(school.people.curator));
    const form = new FormData();
    form.set("itemId", school.item.id);
    form.set("file", new File([new Uint8Array(Buffer.from("%PDF-1.4\n% протокол\n"))], "Протокол.pdf"));
    const uploaded = await uploadEvidence(form);
    const commented = await addItemComment({ itemId: school.item.id, body: "Протокол загружен" });
    expect(uploaded).toMatchObject({ ok: true });
    expect(commented).toMatchObject({ ok: true });
    // 22:30 UTC on 30 November is already 1 December, 08:30, in Vladivostok.
    await database.db.roadmapEvidence.updateMany({
      where: { itemId: school.item.id },
      data: { createdAt: new Date("2026-11-30T22:30:05Z") },
    });
    await database.db.roadmapItemComment.updateMany({
      where: { itemId: school.item.id },
      data: { createdAt: new Date("2026-11-30T22:30:40Z") },
    });

    const viewer = await school.viewer(school.people.curator);
    const item = await getRoadmapItem(viewer, school.item.id);
    const evidence = renderToStaticMarkup(
      createElement(EvidenceSection, { itemId: item.id, files: item.evidence ?? [], timeZone: viewer.timeZone }),
    );
    const comments = renderToStaticMarkup(
      createElement(CommentsSection, { itemId: item.id, comments: item.comments ?? [], timeZone: viewer.timeZone }),
    );
    expect(evidence).toContain("1 декабря 2026, 08:30");
    expect(comments).toContain("1 декабря 2026, 08:30");
    expect(evidence + comments).not.toContain("30 ноября");
  });
});
