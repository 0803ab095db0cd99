/** The eight evaluated results of the programme, measured before and after (DOMAIN.md, «What is measured»). */
export const monitoringParameters = [
  { code: "AVERAGE_GRADE", label: "Средний балл успеваемости", direction: "HIGHER_IS_BETTER" },
  { code: "LEARNING_INTEREST", label: "Интерес к учёбе", direction: "HIGHER_IS_BETTER" },
  { code: "STRESS", label: "Стресс и апатия", direction: "LOWER_IS_BETTER" },
  { code: "OLYMPIADS", label: "Участие в олимпиадах и конкурсах", direction: "HIGHER_IS_BETTER" },
  { code: "JOINT_PROJECT", label: "Совместный проект с наставником", direction: "HIGHER_IS_BETTER" },
  { code: "SOFT_SKILLS", label: "Гибкие навыки", direction: "HIGHER_IS_BETTER" },
  { code: "EXTRACURRICULAR", label: "Увлечения и внеурочная деятельность", direction: "HIGHER_IS_BETTER" },
  { code: "WISH_TO_MENTOR", label: "Желание стать наставником", direction: "HIGHER_IS_BETTER" },
] as const;

export type MonitoringParameter = (typeof monitoringParameters)[number];
export type MonitoringParameterCode = MonitoringParameter["code"];
export type ParameterDirection = MonitoringParameter["direction"];

export const monitoringParameterCodes = monitoringParameters.map((p) => p.code) as [
  MonitoringParameterCode,
  ...MonitoringParameterCode[],
];

const byCode = new Map<string, MonitoringParameter>(monitoringParameters.map((p) => [p.code, p]));

export function findMonitoringParameter(code: string | null | undefined): MonitoringParameter | undefined {
  return code ? byCode.get(code) : undefined;
}

/** Whether a change from `before` to `after` is an improvement, given the parameter's direction. */
export function isImprovement(code: MonitoringParameterCode, before: number, after: number): boolean {
  return byCode.get(code)!.direction === "LOWER_IS_BETTER" ? after < before : after > before;
}
