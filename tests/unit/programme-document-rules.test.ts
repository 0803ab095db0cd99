import { describe, expect, it } from "vitest";
import { applicantKind, applicationRefusal } from "@/lib/applications/applicant-rules";
import { applySection } from "@/lib/programme-document/apply-section";
import { approvalColumns } from "@/lib/programme-document/document-blocks";
import { titleLines } from "@/lib/programme-document/document-header";
import { textTemplate } from "@/lib/programme-document/text-template";

const today = new Date(Date.UTC(2026, 11, 1));

describe("the programme's sections", () => {
  const sections = textTemplate({ startYear: 2026, forms: ["TEACHER_PUPIL", "PUPIL_PUPIL"] });

  it("starts from the template for each form of the programme", () => {
    expect(sections.term).toBe("2026/2027 учебный год");
    expect(sections.expectedResults.map((entry) => entry.form)).toEqual(["TEACHER_PUPIL", "PUPIL_PUPIL"]);
    expect(sections.roleModels).toHaveLength(2);
    expect(sections.mechanism).toContain("«учитель – ученик»");
  });

  it("changes one section and leaves the others", () => {
    const changed = applySection(sections, { section: "roleModels", form: "PUPIL_PUPIL", text: "Равный – равному" });
    expect(changed.roleModels).toEqual([sections.roleModels[0], { form: "PUPIL_PUPIL", text: "Равный – равному" }]);
    expect(changed.aim).toBe(sections.aim);
    const added = applySection(sections, { section: "expectedResults", form: "TEACHER_TEACHER", text: "Рост" });
    expect(added.expectedResults).toHaveLength(3);
    expect(applySection(sections, { section: "aim", text: "Цель" }).aim).toBe("Цель");
    expect(sections.aim).not.toBe("Цель");
  });

  it("leaves blanks in the approval block until the paper is signed", () => {
    const blank = { councilName: null, councilProtocol: null, councilDate: null, orderNumber: null, orderDate: null };
    expect(approvalColumns(blank)[1]).toEqual(["Утверждено", "Приказ № ____", "от «___» ________ 20___ г."]);
    const signed = {
      ...blank,
      councilProtocol: "1",
      councilDate: new Date(Date.UTC(2026, 7, 31)),
      orderNumber: "131",
      orderDate: new Date(Date.UTC(2026, 7, 31)),
    };
    expect(approvalColumns(signed)[0][2]).toBe("Протокол № 1 от 31.08.2026 г.");
    expect(approvalColumns(signed)[1][1]).toBe("Приказ № 131");
  });
});

describe("who may apply", () => {
  const pupil = (born: number, self: boolean) => ({
    birthDate: new Date(Date.UTC(born, 0, 1)),
    isPupil: true,
    isStaff: false,
    self,
  });

  it("lets a pupil of 14 apply for themselves, a younger one only through a parent", () => {
    expect(applicationRefusal(pupil(2014, true), "MENTEE", today)).toMatch(/родитель/);
    expect(applicationRefusal(pupil(2014, false), "MENTEE", today)).toBeNull();
    expect(applicationRefusal(pupil(2011, true), "MENTOR", today)).toBeNull();
    expect(applicationRefusal({ ...pupil(2011, true), birthDate: null }, "MENTEE", today)).toMatch(/родитель/);
  });

  it("takes an adult from outside the school as a mentor, not as a mentee", () => {
    const adult = { birthDate: null, isPupil: false, isStaff: false, self: true };
    expect(applicationRefusal(adult, "MENTEE", today)).toMatch(/наставником/);
    expect(applicationRefusal(adult, "MENTOR", today)).toBeNull();
    expect(applicantKind(adult)).toBe("OUTSIDE_ADULT");
    expect(applicantKind({ isPupil: false, isStaff: true })).toBe("TEACHER");
  });
});

describe("the programme's title lines", () => {
  it("names a programme once, whether or not its title already says «Программа»", () => {
    expect(titleLines("Школа наставничества")).toEqual(["Программа наставничества", "«Школа наставничества»"]);
    expect(titleLines("Программа наставничества «Школа наставничества», 2026/2027 учебный год")).toEqual([
      "Программа наставничества «Школа наставничества», 2026/2027 учебный год",
    ]);
  });
});
