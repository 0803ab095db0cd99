import { describe, expect, it } from "vitest";
import { respondentTitle } from "@/lib/questionnaires/respondent-title";

describe("respondentTitle", () => {
  it.each([
    [
      "Удовлетворённость участием в программе наставничества (наставляемый)",
      "Удовлетворённость участием в программе наставничества",
    ],
    [
      "Удовлетворённость участием в программе наставничества (наставник)",
      "Удовлетворённость участием в программе наставничества",
    ],
    ["Итоги года (для родителей)", "Итоги года"],
    ["Анкета (Наставляемые) ", "Анкета"],
  ])("leaves the audience marker off «%s»", (title, shown) => {
    expect(respondentTitle(title)).toBe(shown);
  });

  it.each(["Анкета наставляемого", "Встреча (первая)", "Отзыв (наставник) о встрече", "(наставляемый)"])(
    "keeps «%s»",
    (title) => {
      expect(respondentTitle(title)).toBe(title);
    },
  );
});
