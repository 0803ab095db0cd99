import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  blankQuestion,
  previewFromForm,
  toQuestionFormValues,
  type TemplateFormValues,
} from "@/components/questionnaire-builder/form-values";
import { TemplatePreview } from "@/components/questionnaire-builder/template-preview";
import { builtInTemplates } from "@/lib/questionnaires/library";
import { questionRows } from "@/lib/questionnaires/library/template-rows";
import { saveTemplateSchema, type TemplateQuestion } from "@/lib/questionnaires/template-content-schema";

/** Questions as the database gives them back to the editor. */
function stored(questions: TemplateQuestion[]) {
  return questionRows("school", "template", questions, () => "q").map((row) => ({
    section: row.section ?? null,
    parameter: row.parameter ?? null,
    text: row.text,
    type: row.type,
    required: row.required ?? true,
    options: row.options as string[],
    scaleMin: row.scaleMin ?? null,
    scaleMax: row.scaleMax ?? null,
    minLabel: row.minLabel ?? null,
    maxLabel: row.maxLabel ?? null,
  }));
}

describe("the builder's form values", () => {
  it.each(builtInTemplates.map((t) => [t.key, t] as const))(
    "%s survives the round trip database → form → schema",
    (_key, template) => {
      const form: TemplateFormValues = {
        templateId: "t1",
        title: template.title,
        intro: template.intro,
        purpose: template.purpose,
        audience: template.audience as TemplateFormValues["audience"],
        mentorMaySeeAnswers: template.mentorMaySeeAnswers,
        questions: stored(template.questions).map(toQuestionFormValues),
      };
      const parsed = saveTemplateSchema.parse(form);
      expect(parsed.questions).toEqual(template.questions);
      expect(parsed.templateId).toBe("t1");
    },
  );

  it("a new question is a valid labelled 1–10 scale once it has a text", () => {
    const parsed = saveTemplateSchema.parse({
      templateId: "",
      title: "Новая",
      intro: "",
      purpose: "SATISFACTION",
      audience: "MENTEE",
      mentorMaySeeAnswers: false,
      questions: [{ ...blankQuestion("Раздел"), text: "Нравится ли?" }],
    });
    expect(parsed.questions[0]).toMatchObject({
      section: "Раздел",
      type: "SCALE",
      scaleMin: 1,
      scaleMax: 10,
      minLabel: "совсем нет",
    });
  });

  it("the preview shows each section title once and the labelled ends of a scale", () => {
    const monitoring = builtInTemplates.find((t) => t.key === "monitoring")!;
    const questions = previewFromForm(stored(monitoring.questions).map(toQuestionFormValues));
    const html = renderToStaticMarkup(
      createElement(TemplatePreview, { title: monitoring.title, intro: monitoring.intro, questions }),
    );
    expect(html.match(/>Учёба</g)).toHaveLength(1);
    expect(html).toContain("1 — совсем неинтересно");
    expect(html).toContain("Число от 2 до 5");
  });
});
