import type { Prisma } from "@/lib/generated/prisma/client";
import type { MentoringForm } from "@/lib/generated/prisma/enums";
import { scheduleItem, schoolYearLabel } from "./schedule";
import type { TemplateContent } from "./template-schema";

export interface ProgrammePlan {
  programme: Prisma.ProgrammeCreateManyInput;
  stages: Prisma.ProgrammeStageCreateManyInput[];
  items: Prisma.RoadmapItemCreateManyInput[];
  workPlan: Prisma.WorkPlanItemCreateManyInput[];
}

/** The rows of a new programme: the template's stages, items with deadlines laid over the school year, and the work plan. */
export function buildProgramme(options: {
  schoolId: string;
  startYear: number;
  forms: MentoringForm[];
  content: TemplateContent;
  responsible: { CURATOR: string | null; DIRECTOR: string | null };
  newId: () => string;
}): ProgrammePlan {
  const { schoolId, startYear, content, newId } = options;
  const programmeId = newId();
  const stages: ProgrammePlan["stages"] = [];
  const items: ProgrammePlan["items"] = [];
  content.stages.forEach((stage, stageIndex) => {
    const stageId = newId();
    const schedules = stage.items.map((item) => scheduleItem(item, startYear));
    const firstMonth = Math.min(...stage.items.map((i) => i.from));
    stages.push({
      id: stageId,
      schoolId,
      programmeId,
      number: stage.number,
      position: stageIndex + 1,
      title: stage.title,
      task: stage.task,
      result: stage.result,
      startsOn: stage.items.length ? new Date(Date.UTC(startYear, 8 + firstMonth, 1)) : null,
      endsOn: schedules.reduce<Date | null>((last, s) => (!last || s.dueOn > last ? s.dueOn : last), null),
    });
    stage.items.forEach((item, itemIndex) =>
      items.push({
        schoolId,
        programmeId,
        stageId,
        code: item.code,
        position: itemIndex + 1,
        title: item.title,
        ...schedules[itemIndex],
        responsibleId: options.responsible[item.responsible],
      }),
    );
  });
  return {
    programme: {
      id: programmeId,
      schoolId,
      startYear,
      forms: options.forms,
      currentStage: content.stages[0].number,
      title: `Программа наставничества, ${schoolYearLabel(startYear)} учебный год`,
    },
    stages,
    items,
    workPlan: content.workPlan.map((row, i) => ({
      schoolId,
      programmeId,
      position: i + 1,
      title: row.title,
      deadlineLabel: row.deadline,
      responsibleLabel: row.responsible,
    })),
  };
}
