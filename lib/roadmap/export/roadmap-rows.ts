import type { Roadmap } from "@/lib/roadmap/get-roadmap";
import { schoolYearLabel } from "@/lib/roadmap/schedule";

export interface ExportRow {
  kind: "stage" | "item";
  number: string;
  text: string;
  deadline: string;
  responsible: string;
}

/** The roadmap as schools file it: a stage row (number, title, task, result), then its items; and the header lines. */
export function roadmapDocument(roadmap: Roadmap, schoolName: string) {
  const rows: ExportRow[] = roadmap.stages.flatMap((stage) => [
    {
      kind: "stage" as const,
      number: String(stage.position),
      text: `${stage.title}. Задача: ${stage.task} Результат: ${stage.result}`,
      deadline: "",
      responsible: "",
    },
    ...stage.items
      .filter((item) => item.status !== "CANCELLED")
      .map((item) => ({
        kind: "item" as const,
        number: item.code,
        text: item.title,
        deadline: item.deadlineLabel ?? "",
        responsible: item.responsible?.displayName ?? "",
      })),
  ]);
  return {
    schoolName,
    title: "Дорожная карта целевой модели наставничества",
    subtitle: `${schoolYearLabel(roadmap.startYear)} учебный год`,
    headers: ["№ п/п", "Мероприятие", "Сроки", "Ответственные"],
    rows,
    workPlan: roadmap.workPlan.map((row) => [String(row.position), row.title, row.deadlineLabel, row.responsibleLabel]),
  };
}

export type RoadmapDocument = ReturnType<typeof roadmapDocument>;
