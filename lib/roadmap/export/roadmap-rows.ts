import type { Roadmap } from "@/lib/roadmap/get-roadmap";
import { itemStatusLabels } from "@/lib/roadmap/labels";
import { schoolYearLabel } from "@/lib/roadmap/schedule";

export interface ExportRow {
  kind: "stage" | "item";
  number: string;
  text: string;
  deadline: string;
  /** The item's last day, for a typed date column; null for a stage or an item without a date. */
  dueOn: Date | null;
  responsible: string;
  status: string;
}

/** Who approves the roadmap: the director's name when the school has one, the order when it is known. */
export interface RoadmapApproval {
  position: string;
  name: string | null;
  orderNumber: string | null;
  orderDate: Date | null;
}

export interface RoadmapContext {
  schoolName: string;
  approval?: RoadmapApproval;
  /** «О. М. Дмитриева, куратор» by user id; a responsible person missing here is shown by their display name. */
  responsibleLabels?: Map<string, string>;
}

/** The roadmap as schools file it: a stage row (number, title, task, result), then its items; and the header lines. */
export function roadmapDocument(roadmap: Roadmap, context: RoadmapContext) {
  const labels = context.responsibleLabels ?? new Map<string, string>();
  const rows: ExportRow[] = roadmap.stages.flatMap((stage) => [
    {
      kind: "stage" as const,
      number: String(stage.position),
      text: `${stage.title}. Задача: ${stage.task} Результат: ${stage.result}`,
      deadline: "",
      dueOn: null,
      responsible: "",
      status: "",
    },
    ...stage.items
      .filter((item) => item.status !== "CANCELLED")
      .map((item) => ({
        kind: "item" as const,
        number: item.code,
        text: item.title,
        deadline: item.deadlineLabel ?? "",
        dueOn: item.dueOn,
        responsible: (item.responsibleId && labels.get(item.responsibleId)) || item.responsible?.displayName || "",
        status: itemStatusLabels[item.status],
      })),
  ]);
  return {
    schoolName: context.schoolName,
    approval: context.approval ?? { position: "Директор", name: null, orderNumber: null, orderDate: null },
    title: "Дорожная карта целевой модели наставничества",
    subtitle: `${schoolYearLabel(roadmap.startYear)} учебный год`,
    headers: ["№ п/п", "Мероприятие", "Сроки", "Ответственные"],
    rows,
    workPlan: roadmap.workPlan.map((row) => [String(row.position), row.title, row.deadlineLabel, row.responsibleLabel]),
  };
}

export type RoadmapDocument = ReturnType<typeof roadmapDocument>;
