import { findMonitoringParameter, type MonitoringParameterCode } from "@/lib/questionnaires/monitoring-parameters";

/**
 * The evaluated results of a module (seed 001, «Среди оцениваемых результатов»), in our own words, with how each is
 * measured and the monitored parameters (lib/questionnaires/monitoring-parameters.ts) its before/after figures come from.
 */
const results: { result: string; measure: string; parameters: MonitoringParameterCode[] }[] = [
  {
    result: "Рост успеваемости, лучшее психоэмоциональное состояние наставляемого и наставника",
    measure: "Средний балл, тесты",
    parameters: ["AVERAGE_GRADE", "STRESS"],
  },
  { result: "Интерес к учёбе, меньше стресса и апатии", measure: "Тесты, анкеты", parameters: ["LEARNING_INTEREST", "STRESS"] },
  { result: "Участие в олимпиадах и конкурсах", measure: "Дипломы, сертификаты, призовые места", parameters: ["OLYMPIADS"] },
  { result: "Успешно представленный совместный проект с наставником", measure: "Защита проекта", parameters: ["JOINT_PROJECT"] },
  {
    result: "Развитие гибких навыков наставляемого и наставника",
    measure: "Тесты, анкеты, наблюдение",
    parameters: ["SOFT_SKILLS"],
  },
  {
    result: "Углубление увлечений, активность во внеурочной деятельности",
    measure: "Анкеты",
    parameters: ["EXTRACURRICULAR"],
  },
  {
    result: "Более широкий взгляд на мир: социальные проекты, круглые столы, встречи",
    measure: "Участие в проектах и встречах",
    parameters: ["EXTRACURRICULAR"],
  },
  { result: "Наставляемый хочет стать наставником", measure: "Опрос", parameters: ["WISH_TO_MENTOR"] },
];

/** The rows as shown on the plans page and in the document: result, how measured, the parameters by name. */
export function evaluatedResultRows(): [string, string, string][] {
  return results.map((row) => [
    row.result,
    row.measure,
    row.parameters.map((code) => findMonitoringParameter(code)!.label).join("; "),
  ]);
}
