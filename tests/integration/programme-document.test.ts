import { beforeAll, describe, expect, it } from "vitest";
import { addResource } from "@/lib/programme-document/add-resource";
import { addTeamMember } from "@/lib/programme-document/add-team-member";
import { approveProgrammeText } from "@/lib/programme-document/approve-programme-text";
import { getProgrammeText } from "@/lib/programme-document/get-programme-text";
import { movePlanRow } from "@/lib/programme-document/move-plan-row";
import { removePlanRow } from "@/lib/programme-document/remove-plan-row";
import { savePlanRow } from "@/lib/programme-document/save-plan-row";
import { startModulePlan } from "@/lib/programme-document/start-module-plan";
import { loadProgrammeDocument } from "@/lib/programme-document/load-programme-document";
import { programmeDocx } from "@/lib/programme-document/programme-docx";
import { programmePdf } from "@/lib/programme-document/programme-pdf";
import { removeProgrammeRow } from "@/lib/programme-document/remove-programme-row";
import { saveProgrammeSection } from "@/lib/programme-document/save-programme-section";
import { savePublication } from "@/lib/programme-document/save-publication";
import { startProgrammeText } from "@/lib/programme-document/start-programme-text";
import { docxText } from "../support/read-office-files";
import { pdfText } from "../support/read-pdf-text";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

const database = useTestDatabase();
const db = () => database.db;
let school: SchoolFixture;
let other: SchoolFixture;

const approval = {
  councilName: "Педагогическим советом",
  councilProtocol: "1",
  councilDate: "2026-08-28",
  orderNumber: "131",
  orderDate: "2026-08-31",
};

async function latestVersion() {
  actAs(await school.viewer(school.people.curator));
  const text = await getProgrammeText(await school.viewer(school.people.curator));
  return text.latest!;
}

beforeAll(async () => {
  school = await createSchoolFixture(db(), "Программа");
  other = await createSchoolFixture(db(), "Соседняя");
  await db().staff.create({
    data: {
      schoolId: school.schoolId,
      personId: school.people.curator.personId,
      position: "Учитель истории",
      experienceYears: 10,
    },
  });
  await db().staff.create({
    data: { schoolId: other.schoolId, personId: other.people.curator.personId, position: "Учитель", experienceYears: 3 },
  });
});

describe("the programme's text from the template", () => {
  it("starts the text from the template with the seeds' headings for the programme's forms", async () => {
    actAs(await school.viewer(school.people.curator));
    const started = await startProgrammeText({});
    expect(started.ok).toBe(true);
    const again = await startProgrammeText({});
    expect(again).toMatchObject({ ok: false });
    const latest = await latestVersion();
    expect(latest.number).toBe(1);
    expect(latest.status).toBe("DRAFT");
    expect(latest.sections.aim).not.toBe("");
    expect(latest.sections.expectedResults.map((entry) => entry.form)).toEqual(["TEACHER_PUPIL"]);
  });

  it("edits a draft section in place and refuses a form that named an older version", async () => {
    const before = await latestVersion();
    actAs(await school.viewer(school.people.curator));
    const saved = await saveProgrammeSection({
      section: "aim",
      versionId: before.id,
      text: "Цель нашей школы: каждый ученик найдёт своё дело.",
    });
    expect(saved).toMatchObject({ ok: true, data: { id: before.id, created: false } });
    const perForm = await saveProgrammeSection({
      section: "roleModels",
      form: "TEACHER_PUPIL",
      versionId: before.id,
      text: "Учитель – олимпиадник",
    });
    expect(perForm.ok).toBe(true);
    const wrongForm = await saveProgrammeSection({ section: "roleModels", form: "PUPIL_PUPIL", versionId: before.id, text: "x" });
    expect(wrongForm.ok).toBe(false);
    const stale = await saveProgrammeSection({ section: "aim", versionId: "not-this-one", text: "x" });
    expect(stale).toMatchObject({ ok: false });
    expect((await latestVersion()).sections.aim).toBe("Цель нашей школы: каждый ученик найдёт своё дело.");
  });

  it("lets only the curator and the director edit it", async () => {
    const version = await latestVersion();
    for (const who of [school.people.mentorA, school.people.menteeA, school.people.parentA]) {
      actAs(await school.viewer(who));
      expect(await saveProgrammeSection({ section: "aim", versionId: version.id, text: "Чужая цель" })).toMatchObject({
        ok: false,
        error: expect.stringContaining("прав"),
      });
    }
    actAs(await school.viewer(school.people.director));
    expect((await saveProgrammeSection({ section: "term", versionId: version.id, text: "2026/2027 учебный год" })).ok).toBe(true);
    // Another school's curator edits their own school's programme, never this one: their version id is not found here.
    actAs(await other.viewer(other.people.curator));
    expect(await saveProgrammeSection({ section: "aim", versionId: version.id, text: "Чужая цель" })).toMatchObject({
      ok: false,
    });
  });
});

describe("approval", () => {
  it("refuses to approve a draft saved after the director opened it", async () => {
    const opened = await latestVersion();
    actAs(await school.viewer(school.people.curator));
    const edited = await saveProgrammeSection({ section: "term", versionId: opened.id, text: "2026/2027 и 2027/2028 годы" });
    expect(edited).toMatchObject({ ok: true, data: { created: false } });
    actAs(await school.viewer(school.people.director));
    const stale = await approveProgrammeText({
      versionId: opened.id,
      seenUpdatedAt: opened.updatedAt.toISOString(),
      ...approval,
    });
    expect(stale).toMatchObject({ ok: false, error: expect.stringContaining("изменили") });
    expect((await db().programmeTextVersion.findUniqueOrThrow({ where: { id: opened.id } })).status).toBe("DRAFT");
  });

  it("only the director approves, and the approved version is frozen: a change makes a new draft", async () => {
    const version = await latestVersion();
    actAs(await school.viewer(school.people.curator));
    expect(
      await approveProgrammeText({ versionId: version.id, seenUpdatedAt: version.updatedAt.toISOString(), ...approval }),
    ).toMatchObject({ ok: false });
    actAs(await other.viewer(other.people.director));
    expect(
      await approveProgrammeText({ versionId: version.id, seenUpdatedAt: version.updatedAt.toISOString(), ...approval }),
    ).toMatchObject({ ok: false });

    actAs(await school.viewer(school.people.director));
    const late = await approveProgrammeText({
      versionId: version.id,
      seenUpdatedAt: version.updatedAt.toISOString(),
      ...approval,
      orderDate: "2026-08-01",
    });
    expect(late).toMatchObject({ ok: false, fieldErrors: { orderDate: [expect.any(String)] } });
    expect(
      await approveProgrammeText({ versionId: version.id, seenUpdatedAt: version.updatedAt.toISOString(), ...approval }),
    ).toMatchObject({ ok: true, data: { number: 1 } });
    expect(
      await approveProgrammeText({ versionId: version.id, seenUpdatedAt: version.updatedAt.toISOString(), ...approval }),
    ).toMatchObject({ ok: false });

    actAs(await school.viewer(school.people.curator));
    const changed = await saveProgrammeSection({ section: "aim", versionId: version.id, text: "Новая цель" });
    expect(changed).toMatchObject({ ok: true, data: { number: 2, created: true } });
    const first = await db().programmeTextVersion.findUniqueOrThrow({ where: { id: version.id } });
    expect(first.status).toBe("APPROVED");
    expect((first.sections as { aim: string }).aim).toBe("Цель нашей школы: каждый ученик найдёт своё дело.");
    expect(first.orderNumber).toBe("131");
    const text = await getProgrammeText(await school.viewer(school.people.curator));
    expect(text.latest).toMatchObject({ number: 2, status: "DRAFT" });
    expect(text.approved).toMatchObject({ number: 1 });
    // The new draft is approved anew.
    actAs(await school.viewer(school.people.director));
    expect(
      await approveProgrammeText({
        versionId: text.latest!.id,
        seenUpdatedAt: text.latest!.updatedAt.toISOString(),
        ...approval,
        orderNumber: "140",
      }),
    ).toMatchObject({
      ok: true,
    });
  });
});

describe("working group, resources, media plan and the document", () => {
  it("keeps the working group, a resource and a publication, scoped to the school", async () => {
    actAs(await school.viewer(school.people.curator));
    expect((await addTeamMember({ personId: school.people.curator.personId, role: "CURATOR" })).ok).toBe(true);
    expect(await addTeamMember({ personId: school.people.curator.personId, role: "CURATOR" })).toMatchObject({
      ok: false,
      fieldErrors: { role: [expect.any(String)] },
    });
    // A person of another school is not staff here.
    expect(await addTeamMember({ personId: other.people.curator.personId, role: "MEMBER" })).toMatchObject({
      ok: false,
      fieldErrors: { personId: [expect.any(String)] },
    });
    expect(
      (await addResource({ kind: "METHODICAL", title: "Методические рекомендации Минпросвещения", source: "EXTERNAL" })).ok,
    ).toBe(true);
    const publication = await savePublication({
      channel: "SCHOOL_SITE",
      title: "О запуске программы наставничества",
      plannedOn: "2026-09-15",
      responsible: "Кураторова Т.",
      url: "https://school.example/news/1",
    });
    expect(publication).toMatchObject({ ok: false, fieldErrors: { publishedOn: [expect.any(String)] } });
    expect(
      (
        await savePublication({
          channel: "SCHOOL_SITE",
          title: "О запуске программы",
          plannedOn: "2026-09-15",
          responsible: "Кураторова Т.",
        })
      ).ok,
    ).toBe(true);

    actAs(await school.viewer(school.people.mentorA));
    expect(await addResource({ kind: "MATERIAL", title: "Кабинет", source: "INTERNAL" })).toMatchObject({ ok: false });
    const resource = await db().programmeResource.findFirstOrThrow({ where: { schoolId: school.schoolId } });
    actAs(await other.viewer(other.people.curator));
    expect(await removeProgrammeRow({ kind: "resource", id: resource.id })).toMatchObject({ ok: false });
    expect(await db().programmeResource.count({ where: { id: resource.id } })).toBe(1);
  });

  it("edits the work plan and a module plan: add, edit, reorder, remove, only in the school's own programme", async () => {
    actAs(await school.viewer(school.people.curator));
    const row = { title: "Круглый стол наставников", period: "Февраль", responsible: "Куратор", status: "PLANNED" as const };
    const first = await savePlanRow({ plan: "WORK", ...row });
    const second = await savePlanRow({ plan: "WORK", ...row, title: "Итоговая конференция" });
    if (!first.ok || !second.ok) throw new Error("not saved");
    expect(await savePlanRow({ plan: "WORK", ...row, title: "" })).toMatchObject({
      ok: false,
      fieldErrors: { title: [expect.any(String)] },
    });
    expect((await movePlanRow({ plan: "WORK", id: second.data.id, direction: "up" })).ok).toBe(true);
    const order = async () =>
      (await db().workPlanItem.findMany({ where: { programmeId: school.programme.id }, orderBy: { position: "asc" } })).map(
        (r) => r.title,
      );
    expect(await order()).toEqual(["Итоговая конференция", "Круглый стол наставников"]);
    expect((await savePlanRow({ plan: "WORK", ...row, id: first.data.id, status: "DONE", result: "Провели" })).ok).toBe(true);

    expect(await startModulePlan({ form: "PUPIL_PUPIL" })).toMatchObject({ ok: false });
    expect(await startModulePlan({ form: "TEACHER_PUPIL" })).toMatchObject({ ok: true, data: { created: 9 } });
    expect(await startModulePlan({ form: "TEACHER_PUPIL" })).toMatchObject({ ok: false });
    const events = await db().modulePlanItem.findMany({
      where: { programmeId: school.programme.id },
      orderBy: { position: "asc" },
    });
    expect((await removePlanRow({ plan: "TEACHER_PUPIL", id: events[0].id })).ok).toBe(true);
    const positions = await db().modulePlanItem.findMany({
      where: { programmeId: school.programme.id },
      orderBy: { position: "asc" },
    });
    expect(positions.map((p) => p.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

    for (const viewer of [await school.viewer(school.people.mentorA), await other.viewer(other.people.curator)]) {
      actAs(viewer);
      expect((await removePlanRow({ plan: "WORK", id: first.data.id })).ok).toBe(false);
      expect((await savePlanRow({ plan: "WORK", ...row, id: first.data.id, title: "Чужое" })).ok).toBe(false);
    }
    expect(await order()).toEqual(["Итоговая конференция", "Круглый стол наставников"]);
  });

  it("builds the DOCX and PDF with the approval block, aim, working group, roadmap and sections", async () => {
    const viewer = await school.viewer(school.people.curator);
    const input = await loadProgrammeDocument(viewer);
    for (const text of [await docxText(await programmeDocx(input)), await pdfText(await programmePdf(input))]) {
      const flat = text.replace(/\s+/g, " ");
      expect(flat).toContain("Рассмотрено");
      expect(flat).toContain("Протокол № 1 от 28.08.2026");
      expect(flat).toContain("Приказ № 140");
      expect(flat).toContain("Новая цель");
      expect(flat).toContain("Кураторова");
      expect(flat).toContain("Методические рекомендации Минпросвещения");
      expect(flat).toContain("Информирование педагогов");
      expect(flat).toContain("Круглый стол наставников");
      expect(flat).toContain("Групповая встреча наставника и наставляемых");
      expect(flat).toContain("Параметр мониторинга");
      expect(flat).toContain("Желание стать наставником");
    }
    const mentor = await school.viewer(school.people.mentorA);
    await expect(loadProgrammeDocument(mentor)).rejects.toThrow();
  });
});
