import type { ItemStatus, StageNumber } from "@/lib/generated/prisma/enums";
import type { TemplateContent } from "./template-schema";

const months = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
];

/** Months from the start of the school year (0 = September), clamped to the year. */
export function monthOffset(date: Date, startYear: number): number {
  const offset = (date.getUTCFullYear() - startYear) * 12 + date.getUTCMonth() - 8;
  return Math.min(11, Math.max(0, offset));
}

/** The first month of a period label such as «Декабрь 2026 – Март 2027», as an offset; null when the label is not a period. */
export function periodStart(label: string | null, startYear: number): number | null {
  const match = label?.match(/^\s*(\p{L}+)\s+(\d{4})\s*[–-]/u);
  if (!match) return null;
  const month = months.indexOf(match[1].toLowerCase());
  return month < 0 ? null : monthOffset(new Date(Date.UTC(Number(match[2]), month, 1)), startYear);
}

interface ProgrammeForTemplate {
  startYear: number;
  stages: {
    number: StageNumber;
    title: string;
    task: string;
    result: string;
    items: {
      code: string;
      title: string;
      deadlineLabel: string | null;
      dueOn: Date | null;
      responsibleId: string | null;
      status: ItemStatus;
    }[];
  }[];
  workPlan: { title: string; deadlineLabel: string; responsibleLabel: string }[];
}

/** A programme's roadmap as edited this year, turned back into a template for the next one (cancelled items dropped). */
export function templateFromProgramme(programme: ProgrammeForTemplate, directorIds: Set<string>): TemplateContent {
  return {
    stages: programme.stages.map((stage) => ({
      number: stage.number,
      title: stage.title,
      task: stage.task,
      result: stage.result,
      items: stage.items
        .filter((item) => item.status !== "CANCELLED")
        .map((item) => {
          const to = item.dueOn ? monthOffset(item.dueOn, programme.startYear) : 0;
          const from = periodStart(item.deadlineLabel, programme.startYear);
          return {
            code: item.code,
            title: item.title,
            from: from ?? to,
            ...(from !== null && from < to ? { to } : {}),
            responsible: item.responsibleId && directorIds.has(item.responsibleId) ? ("DIRECTOR" as const) : ("CURATOR" as const),
          };
        }),
    })),
    workPlan: programme.workPlan.map((row) => ({
      title: row.title,
      deadline: row.deadlineLabel,
      responsible: row.responsibleLabel,
    })),
  };
}
