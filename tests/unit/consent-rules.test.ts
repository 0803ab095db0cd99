import { describe, expect, it } from "vitest";
import { consentStatus, describeConsent, giverRefusal, type ConsentRecord } from "@/lib/consent/consent-rules";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const today = day("2026-11-26");
const pupil = (birth: string | null) => ({ birthDate: birth ? day(birth) : null, isPupil: true });
const given = (giverRole: ConsentRecord["giverRole"], withdrawnAt: Date | null = null): ConsentRecord => ({
  giverRole,
  withdrawnAt,
});

describe("consent rules", () => {
  it("under 14: a parent's consent alone is valid, the child's own is not", () => {
    const child = pupil("2014-03-01"); // 12
    expect(consentStatus(child, [given("PARENT")], today)).toEqual({
      valid: true,
      requirement: "REPRESENTATIVE",
      missing: [],
      withdrawn: false,
    });
    expect(consentStatus(child, [given("LEGAL_REPRESENTATIVE")], today).valid).toBe(true);
    const selfOnly = consentStatus(pupil("2013-01-10"), [given("SELF")], today); // 13
    expect(selfOnly).toMatchObject({ valid: false, missing: ["REPRESENTATIVE"] });
    expect(describeConsent(selfOnly)).toBe("Нет согласия: нет согласия родителя");
    expect(giverRefusal(child, "SELF", today)).toBe("До 14 лет согласие даёт родитель или законный представитель.");
    expect(giverRefusal(child, "PARENT", today)).toBeNull();
  });

  it("14 to 17: both the pupil and a parent are needed", () => {
    const teen = pupil("2010-05-05"); // 16
    expect(consentStatus(teen, [given("PARENT")], today)).toMatchObject({
      valid: false,
      requirement: "SELF_AND_REPRESENTATIVE",
      missing: ["SELF"],
    });
    expect(consentStatus(teen, [given("SELF")], today)).toMatchObject({ valid: false, missing: ["REPRESENTATIVE"] });
    expect(consentStatus(teen, [given("SELF"), given("PARENT")], today).valid).toBe(true);
    expect(giverRefusal(teen, "SELF", today)).toBeNull();
    expect(giverRefusal(teen, "PARENT", today)).toBeNull();
  });

  it("an adult consents for themselves; a parent may not", () => {
    const adult = { birthDate: day("1985-02-02"), isPupil: false };
    expect(consentStatus(adult, [given("SELF")], today)).toMatchObject({ valid: true, requirement: "SELF" });
    expect(consentStatus(adult, [given("PARENT")], today)).toMatchObject({ valid: false, missing: ["SELF"] });
    expect(giverRefusal(adult, "PARENT", today)).toBe("Совершеннолетний даёт согласие сам.");
    // staff and outside mentors may have no birth date: they are treated as adults
    expect(consentStatus({ birthDate: null, isPupil: false }, [given("SELF")], today).valid).toBe(true);
  });

  it("a withdrawn consent is not valid and says so", () => {
    const status = consentStatus(pupil("2014-03-01"), [given("PARENT", day("2026-11-01"))], today);
    expect(status).toMatchObject({ valid: false, withdrawn: true, missing: ["REPRESENTATIVE"] });
    expect(describeConsent(status)).toBe("Согласие отозвано");
    // a new consent after the withdrawal makes it valid again
    expect(consentStatus(pupil("2014-03-01"), [given("PARENT", day("2026-11-01")), given("PARENT")], today)).toMatchObject({
      valid: true,
      withdrawn: false,
    });
  });

  it("a pupil of unknown age cannot be consented for yet", () => {
    const status = consentStatus(pupil(null), [given("PARENT")], today);
    expect(status).toMatchObject({ valid: false, requirement: "UNKNOWN_AGE" });
    expect(describeConsent(status)).toBe("Нет даты рождения");
    expect(giverRefusal(pupil(null), "PARENT", today)).toBe(
      "У ученика не указана дата рождения: сначала внесите её в контингент.",
    );
  });

  it("turns 14 on the birthday itself, not the day before", () => {
    const teen = pupil("2012-11-26");
    expect(consentStatus(teen, [given("PARENT")], day("2026-11-25"))).toMatchObject({
      valid: true,
      requirement: "REPRESENTATIVE",
    });
    expect(consentStatus(teen, [given("PARENT")], day("2026-11-26"))).toMatchObject({
      valid: false,
      requirement: "SELF_AND_REPRESENTATIVE",
    });
    expect(consentStatus(pupil("2008-11-26"), [given("SELF")], day("2026-11-26"))).toMatchObject({
      valid: true,
      requirement: "SELF",
    });
    expect(consentStatus(pupil("2008-11-27"), [given("SELF")], day("2026-11-26"))).toMatchObject({
      valid: false,
      requirement: "SELF_AND_REPRESENTATIVE",
    });
  });
});
