import { describe, expect, it } from "vitest";
import { describeAuditEntry } from "@/lib/audit/audit-labels";
import { formatInstant } from "@/lib/format/date";
import { filterableKinds, parseMenteeBaseFilters } from "@/lib/mentees/base-filters";
import { informationSources, requestKindLabels, requestKinds, sourceLabels } from "@/lib/mentees/labels";
import { menteeRequestSchema } from "@/lib/mentees/mentee-schemas";
import { isYoungTeacher, parseClassName, storedFact } from "@/lib/mentees/rules";
import { yearsWord } from "@/lib/mentees/years-word";

describe("the request catalogue", () => {
  it("labels every kind and source in Russian", () => {
    expect(requestKinds.map((k) => requestKindLabels[k]).every(Boolean)).toBe(true);
    expect(requestKindLabels.PROFESSIONAL_GROWTH).toMatch(/молодого педагога/);
    expect(informationSources.map((s) => sourceLabels[s])).toContain("Педагог-психолог");
  });

  it("makes ОВЗ and psychologist's facts confidential whatever the checkbox says", () => {
    const curator = { isPsychologist: false };
    expect(storedFact({ kind: "HEALTH_LIMITATIONS", source: "PARENT_SURVEY", confidential: false }, curator)).toEqual({
      source: "PARENT_SURVEY",
      confidential: true,
    });
    expect(storedFact({ kind: "GIFTEDNESS", source: "PSYCHOLOGIST", confidential: false }, curator)).toEqual({
      source: "PSYCHOLOGIST",
      confidential: true,
    });
    expect(storedFact({ kind: "GIFTEDNESS", source: "CAREER_TEST", confidential: false }, curator)).toEqual({
      source: "CAREER_TEST",
      confidential: false,
    });
    expect(storedFact({ kind: "GIFTEDNESS", source: "CAREER_TEST", confidential: true }, curator)).toEqual({
      source: "CAREER_TEST",
      confidential: true,
    });
  });

  it("stores whatever a psychologist writes as their confidential note, whatever source and checkbox were sent", () => {
    const psychologist = { isPsychologist: true };
    for (const source of informationSources) {
      expect(storedFact({ kind: "LOW_MOTIVATION", source, confidential: false }, psychologist)).toEqual({
        source: "PSYCHOLOGIST",
        confidential: true,
      });
    }
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
      className: "7А",
      kind: undefined,
      eligibility: undefined,
    });
  });

  it("describes an audit entry by its action and what", () => {
    expect(describeAuditEntry({ action: "person.read", details: { what: "Карточка человека" } })).toBe(
      "Просмотр: Карточка человека",
    );
    expect(describeAuditEntry({ action: "other.thing", details: null })).toBe("other.thing");
  });
});

describe("audit entries written by other parts", () => {
  it("are named in Russian, with labelled details and never a raw code", () => {
    expect(describeAuditEntry({ action: "consent.withdraw", details: { purpose: "MENTORING" } })).toBe(
      "Согласие отозвано: Обработка персональных данных в программе наставничества",
    );
    expect(describeAuditEntry({ action: "consent.give", details: { purpose: "PUBLICATION", method: "PAPER" } })).toBe(
      "Согласие дано: Публикация фото и видео",
    );
    expect(describeAuditEntry({ action: "mentor.status", details: { from: "CANDIDATE", to: "DECLINED", reason: "x" } })).toBe(
      "Статус наставника изменён: Кандидат → Отклонён",
    );
    expect(describeAuditEntry({ action: "mentor.interview", details: { recommendation: "WITH_RESERVATIONS" } })).toBe(
      "Собеседование с наставником: Рекомендован с оговорками",
    );
    expect(describeAuditEntry({ action: "invitation.issue", details: { personId: "p", role: "PARENT" } })).toBe(
      "Приглашение: выдан код для родителя",
    );
    expect(describeAuditEntry({ action: "invitation.redeem", details: { what: "создан аккаунт ученика" } })).toBe(
      "Приглашение: создан аккаунт ученика",
    );
    expect(describeAuditEntry({ action: "account.disable", details: null })).toBe("Учётная запись: отключена");
    expect(describeAuditEntry({ action: "mentorship.create", details: { mentorId: "m", menteeIds: ["a"] } })).toBe(
      "Сформирована пара или группа",
    );
    expect(describeAuditEntry({ action: "roster.import", details: { created: 3 } })).toBe("Загружен контингент");
    expect(describeAuditEntry({ action: "person.anonymise", details: { actNumber: 3 } })).toBe("Данные обезличены: акт № 3");
  });
});

describe("the log's time", () => {
  it("is dd.mm.yyyy hh:mm in the school's time", () => {
    expect(formatInstant(new Date("2026-11-26T06:05:00Z"), "Europe/Moscow", "shortDateTime")).toBe("26.11.2026 09:05");
    expect(formatInstant(new Date("2026-12-31T21:30:00Z"), "Europe/Moscow", "shortDateTime")).toBe("01.01.2027 00:30");
  });
});
