import { beforeAll, describe, expect, it } from "vitest";
import { getQuestionnaire } from "@/lib/questionnaires/get-questionnaire";
import { listPendingQuestionnaires } from "@/lib/questionnaires/list-pending";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";

// The built-in satisfaction questionnaire is titled «… (наставляемый)» so curators tell it from the mentors' one.
const database = useTestDatabase();
let school: SchoolFixture;
const title = "Удовлетворённость участием в программе наставничества (наставляемый)";

beforeAll(async () => {
  school = await createSchoolFixture(database.db, "Заголовки");
  await database.db.questionnaireTemplate.update({ where: { id: school.template.id }, data: { title } });
});

describe("a pupil answering a questionnaire", () => {
  it("does not see the audience marker about themselves in the pending list", async () => {
    const pending = await listPendingQuestionnaires(await school.viewer(school.people.menteeA), "MENTEE");
    expect(pending.map((p) => p.template.title)).toEqual(["Удовлетворённость участием в программе наставничества"]);
  });

  it("nor on the questionnaire's page", async () => {
    const questionnaire = await getQuestionnaire(await school.viewer(school.people.menteeA), school.responses.menteeA.id);
    expect(questionnaire.template.title).toBe("Удовлетворённость участием в программе наставничества");
  });
});
