import { builtInTemplates } from "../../lib/questionnaires/library";
import { builtInTemplateRows } from "../../lib/questionnaires/library/template-rows";

/** The demo school has every built-in questionnaire, as a school would after «Добавить встроенные шаблоны». */
export function seedQuestionnaires(schoolId: string, newId: () => string) {
  const { templates, questions } = builtInTemplateRows(schoolId, builtInTemplates, newId);
  const templateIds = new Map(templates.map((t) => [t.builtInKey, t.id]));
  return { templates, questions, templateIds };
}
