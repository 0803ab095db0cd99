import { formatShortDate } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import type { MentoringForm } from "@/lib/generated/prisma/enums";
import { formLabels } from "@/lib/mentorships/labels";
import type { RoadmapDocument } from "@/lib/roadmap/export/roadmap-rows";
import { itemStatusLabels } from "@/lib/roadmap/labels";
import type { ProgrammeOrganisation } from "./get-programme-organisation";
import { mediaChannelLabels, resourceKindLabels, resourceSourceLabels, teamRoleLabels } from "./labels";
import { evaluatedResultRows } from "./evaluated-results";
import type { ModulePlans } from "./get-module-plans";
import type { ProgrammeSections } from "./sections-schema";

export type Block =
  | { kind: "heading"; text: string; level: 1 | 2 }
  | { kind: "paragraph"; text: string; bold?: boolean }
  | { kind: "list"; items: string[]; numbered?: boolean }
  | { kind: "table"; headers: string[]; rows: string[][]; widths: number[]; stageRows?: boolean[] };

export interface ApprovalState {
  councilName: string | null;
  councilProtocol: string | null;
  councilDate: Date | null;
  orderNumber: string | null;
  orderDate: Date | null;
}

export interface ProgrammeDocumentInput {
  municipality: string | null;
  schoolName: string;
  title: string;
  forms: MentoringForm[];
  version: { number: number; approved: boolean };
  approval: ApprovalState;
  sections: ProgrammeSections;
  organisation: Pick<ProgrammeOrganisation, "team" | "resources" | "publications">;
  roadmap: RoadmapDocument | null;
  modulePlans: ModulePlans;
}

const date = (value: Date | null) => (value ? `${formatShortDate(value)} г.` : "«___» ________ 20___ г.");
const lines = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);

/** «Рассмотрено» on the left, «Утверждено» on the right, blanks where the paper is not signed yet. */
export function approvalColumns(approval: ApprovalState): [string[], string[]] {
  return [
    [
      "Рассмотрено",
      approval.councilName ?? "Педагогическим советом",
      `Протокол № ${approval.councilProtocol ?? "____"} от ${date(approval.councilDate)}`,
    ],
    ["Утверждено", `Приказ № ${approval.orderNumber ?? "____"}`, `от ${date(approval.orderDate)}`],
  ];
}

const perForm = (entries: { form: MentoringForm; text: string }[]): Block[] =>
  entries.flatMap(({ form, text }) => [
    { kind: "paragraph" as const, text: `Для формы «${formLabels[form].toLowerCase()}»:`, bold: true },
    ...lines(text).map((line) => ({ kind: "paragraph" as const, text: line })),
  ]);

/** The programme as seed 003 files it: sections, working group, resources, media plan, roadmap and the plans. */
export function documentBlocks(input: ProgrammeDocumentInput): Block[] {
  const { sections, organisation, roadmap } = input;
  const blocks: Block[] = [
    { kind: "heading", level: 2, text: "Введение" },
    ...lines(sections.introduction).map((text) => ({ kind: "paragraph" as const, text })),
    { kind: "paragraph", text: `Срок реализации программы: ${sections.term}` },
    { kind: "heading", level: 2, text: "Цель" },
    { kind: "paragraph", text: sections.aim },
    { kind: "heading", level: 2, text: "Задачи" },
    { kind: "list", numbered: true, items: lines(sections.tasks) },
    { kind: "heading", level: 2, text: "Ожидаемые результаты" },
    ...perForm(sections.expectedResults),
    { kind: "heading", level: 2, text: "Механизм реализации программы" },
    ...lines(sections.mechanism).map((text) => ({ kind: "paragraph" as const, text })),
    { kind: "heading", level: 2, text: "Рабочая группа" },
    {
      kind: "table",
      headers: ["№", "ФИО", "Должность", "Роль в программе"],
      widths: [0.06, 0.34, 0.25, 0.35],
      rows: organisation.team.map((member, i) => [
        String(i + 1),
        fullName(member.person),
        member.person.staff?.position ?? "",
        [teamRoleLabels[member.role], member.duties].filter(Boolean).join(": "),
      ]),
    },
    { kind: "heading", level: 2, text: "Ресурсы программы" },
    {
      kind: "table",
      headers: ["№", "Вид ресурса", "Ресурс", "Источник"],
      widths: [0.06, 0.24, 0.5, 0.2],
      rows: organisation.resources.map((resource, i) => [
        String(i + 1),
        resourceKindLabels[resource.kind],
        [resource.title, resource.details].filter(Boolean).join(". "),
        resourceSourceLabels[resource.source],
      ]),
    },
    { kind: "heading", level: 2, text: "Информационное сопровождение (медиаплан)" },
    {
      kind: "table",
      headers: ["№", "Публикация", "Где", "Срок", "Ответственный", "Размещено"],
      widths: [0.05, 0.3, 0.16, 0.12, 0.17, 0.2],
      rows: organisation.publications.map((item, i) => [
        String(i + 1),
        item.title,
        mediaChannelLabels[item.channel],
        formatShortDate(item.plannedOn),
        item.responsible,
        item.publishedOn ? [formatShortDate(item.publishedOn), item.url].filter(Boolean).join(", ") : "",
      ]),
    },
    { kind: "heading", level: 2, text: "Ролевые модели" },
    ...perForm(sections.roleModels),
  ];
  if (roadmap) {
    blocks.push(
      { kind: "heading", level: 1, text: "«Дорожная карта» целевой модели наставничества" },
      {
        kind: "table",
        headers: roadmap.headers,
        widths: [0.1, 0.55, 0.17, 0.18],
        rows: roadmap.rows.map((row) => [row.number, row.text, row.deadline, row.responsible]),
        stageRows: roadmap.rows.map((row) => row.kind === "stage"),
      },
      { kind: "heading", level: 1, text: "План работы" },
      {
        kind: "table",
        headers: ["№", "Наименование мероприятий", "Сроки", "Ответственные"],
        widths: [0.08, 0.57, 0.17, 0.18],
        rows: roadmap.workPlan,
      },
    );
  }
  for (const plan of input.modulePlans) {
    blocks.push(
      { kind: "heading", level: 1, text: `План основных мероприятий модуля «${formLabels[plan.form].toLowerCase()}»` },
      {
        kind: "table",
        headers: ["№", "Мероприятие", "Задача", "Срок", "Ответственный", "Результат"],
        widths: [0.05, 0.27, 0.2, 0.12, 0.14, 0.22],
        rows: plan.items.map((item, i) => [
          String(i + 1),
          item.title,
          item.task ?? "",
          item.period,
          item.responsible,
          [itemStatusLabels[item.status], item.result].filter(Boolean).join(". "),
        ]),
      },
      { kind: "paragraph", text: "Оцениваемые результаты модуля и параметры мониторинга:", bold: true },
      {
        kind: "table",
        headers: ["№", "Оцениваемый результат", "Как измеряется", "Параметр мониторинга"],
        widths: [0.06, 0.42, 0.24, 0.28],
        rows: evaluatedResultRows().map((row, i) => [String(i + 1), ...row]),
      },
    );
  }
  return blocks;
}
