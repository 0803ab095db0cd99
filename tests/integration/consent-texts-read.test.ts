import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createDefaultConsentTexts } from "@/lib/consent/create-default-consent-texts";
import { currentConsentTexts } from "@/lib/consent/consent-texts";
import { publishConsentText } from "@/lib/consent/publish-consent-text";
import { createSchoolFixture, type SchoolFixture } from "../support/school-fixture";
import { useTestDatabase } from "../support/test-database";
import { actAs } from "../support/test-session";

// Pages read the consent texts while they render; that read must never write (it used to create the defaults).
const database = useTestDatabase();
let school: SchoolFixture;

beforeAll(async () => {
  // A school as it is before anyone published its texts.
  school = await createSchoolFixture(database.db, "Тексты");
});

describe("the consent texts' read path", () => {
  it("writes nothing for a school without texts, and reports them as not published", async () => {
    const before = await database.db.consentText.count();
    const texts = await currentConsentTexts(school.schoolId);
    expect(texts).toEqual({});
    expect(await database.db.consentText.count()).toBe(before);
  });

  it("a curator publishes the missing text explicitly; then it is read", async () => {
    actAs(await school.viewer(school.people.curator));
    const result = await publishConsentText({
      purpose: "MENTORING",
      title: "Согласие на обработку данных",
      body: "Текст согласия. ".repeat(5),
    });
    expect(result).toMatchObject({ ok: true, data: { version: 1 } });
    const texts = await currentConsentTexts(school.schoolId);
    expect(texts.MENTORING).toMatchObject({ version: 1, title: "Согласие на обработку данных" });
    expect(texts.PUBLICATION).toBeUndefined();
  });

  it("a new school gets the sample texts once, where it is made", async () => {
    const made = await database.db.school.create({ data: { slug: `new-${randomUUID()}`, name: "Школа № 7", shortName: "№ 7" } });
    expect(await createDefaultConsentTexts(database.db, made)).toBe(2);
    expect(await createDefaultConsentTexts(database.db, made)).toBe(0);
    const texts = await currentConsentTexts(made.id);
    expect(texts.MENTORING?.body).toContain("Школа № 7");
    expect(texts.PUBLICATION?.version).toBe(1);
  });
});
