import { describe, expect, it } from "vitest";
import { describeAuditEntry, formatAuditTime } from "@/lib/audit/audit-labels";
import { filterableKinds, parseMenteeBaseFilters } from "@/lib/mentees/base-filters";
import { informationSources, requestKindLabels, requestKinds, sourceLabels } from "@/lib/mentees/labels";
import { menteeRequestSchema } from "@/lib/mentees/mentee-schemas";
import { confidentialityOf, isYoungTeacher, parseClassName } from "@/lib/mentees/rules";
import { yearsWord } from "@/lib/mentees/years-word";

describe("the request catalogue", () => {
  it("labels every kind and source in Russian", () => {
    expect(requestKinds.map((k) => requestKindLabels[k]).every(Boolean)).toBe(true);
    expect(requestKindLabels.PROFESSIONAL_GROWTH).toMatch(/молодого педагога/);
    expect(informationSources.map((s) => sourceLabels[s])).toContain("Педагог-психолог");
  });

  it("makes ОВЗ and psychologist's facts confidential whatever the checkbox says", () => {
    expect(confidentialityOf({ kind: "HEALTH_LIMITATIONS", source: "PARENT_SURVEY", confidential: false })).toBe(true);
    expect(confidentialityOf({ kind: "GIFTEDNESS", source: "PSYCHOLOGIST", confidential: false })).toBe(true);
    expect(confidentialityOf({ kind: "GIFTEDNESS", source: "CAREER_TEST", confidential: false })).toBe(false);
    expect(confidentialityOf({ kind: "GIFTEDNESS", source: "CAREER_TEST", confidential: true })).toBe(true);
  });

  it("rejects kinds outside the catalogue", () => {
    const result = menteeRequestSchema.safeParse({ personId: "p", kind: "SECRET", source: "OTHER" });
    expect(result.success).toBe(false);
  });
});

describe("rules and filters", () => {
  it("counts 0–3 years of experience as a young teacher", () => {
    expect([0, 3, 4, -1].map(isYoungTeacher)).toEqual([true, true, false, false]);
    expect([1, 2, 4, 5, 11, 21].map(yearsWord)).toEqual(["год", "года", "года", "лет", "лет", "год"]);
  });

  it("parses class names and ignores unknown or confidential filters", () => {
    expect(parseClassName("10б")).toEqual({ grade: 10, classLetter: "Б" });
    expect(parseClassName("abc7")).toBeNull();
    expect(filterableKinds).not.toContain("HEALTH_LIMITATIONS");
    expect(parseMenteeBaseFilters({ class: "7А", kind: "HEALTH_LIMITATIONS", eligibility: "x" })).toEqual({
      className: "7А", kind: undefined, eligibility: undefined,
    });
  });

  it("describes an audit entry by its action and what", () => {
    expect(describeAuditEntry({ action: "person.read", details: { what: "Карточка человека" } })).toBe("Просмотр: Карточка человека");
    expect(describeAuditEntry({ action: "other.thing", details: null })).toBe("other.thing");
  });
});

describe("audit entries written by other parts", () => {
  it("are named in Russian", () => {
    expect(describeAuditEntry({ action: "consent.withdraw", details: { purpose: "MENTORING" } })).toBe("Согласие на обработку данных отозвано");
    expect(describeAuditEntry({ action: "person.anonymise", details: { actNumber: 3 } })).toBe("Данные обезличены: акт № 3");
  });
});

describe("the log's time", () => {
  it("is dd.mm.yyyy hh:mm in Moscow time", () => {
    expect(formatAuditTime(new Date("2026-11-26T06:05:00Z"))).toBe("26.11.2026 09:05");
    expect(formatAuditTime(new Date("2026-12-31T21:30:00Z"))).toBe("01.01.2027 00:30");
  });
});
