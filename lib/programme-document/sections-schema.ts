import { z } from "zod";
import { MentoringForm } from "@/lib/generated/prisma/enums";

const text = (max: number) => z.string().max(max, `Не длиннее ${max} символов`);
const perForm = z.array(z.object({ form: z.enum(MentoringForm), text: text(20000) })).max(6);

/**
 * The programme's text as seed 003 files it: the compiler, introduction, term, aim, tasks (one a line), expected results
 * per form, mechanism of implementation, role models per form. Stored as a version's `sections`.
 */
export const programmeSectionsSchema = z.object({
  compiler: text(300),
  introduction: text(20000),
  term: text(500),
  aim: text(3000),
  tasks: text(10000),
  expectedResults: perForm,
  mechanism: text(20000),
  roleModels: perForm,
});

export type ProgrammeSections = z.infer<typeof programmeSectionsSchema>;

/** The sections a form edits one at a time: a plain one, or one of a form's two per-form sections. */
export const plainSectionKeys = ["compiler", "introduction", "term", "aim", "tasks", "mechanism"] as const;
export type PlainSectionKey = (typeof plainSectionKeys)[number];

export const sectionTitles: Record<PlainSectionKey | "expectedResults" | "roleModels", string> = {
  compiler: "Составитель",
  introduction: "Введение",
  term: "Срок реализации программы",
  aim: "Цель",
  tasks: "Задачи",
  expectedResults: "Ожидаемые результаты",
  mechanism: "Механизм реализации программы",
  roleModels: "Ролевые модели",
};

/** Reads stored sections; a version written by an older shape still opens, missing parts empty. */
export function readSections(value: unknown): ProgrammeSections {
  const parsed = programmeSectionsSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const empty: ProgrammeSections = {
    compiler: "",
    introduction: "",
    term: "",
    aim: "",
    tasks: "",
    expectedResults: [],
    mechanism: "",
    roleModels: [],
  };
  return { ...empty, ...(typeof value === "object" && value ? (value as Partial<ProgrammeSections>) : {}) };
}
