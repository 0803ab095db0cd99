import { z } from "zod";

/** «Написать кейс» from a pair of the school. */
export const createCaseSchema = z.object({
  mentorshipId: z.string().min(1, "Выберите пару или группу"),
});

/** The case's editor: its text and which parts (and names, where consented) the public page reveals. */
export const saveCaseSchema = z.object({
  caseId: z.string().min(1),
  title: z.string().trim().min(3, "Назовите кейс (не короче 3 символов)").max(200, "Не длиннее 200 символов"),
  body: z.string().trim().min(20, "Опишите практику (не короче 20 символов)").max(20000, "Не длиннее 20 000 символов"),
  showGoal: z.boolean().default(false),
  showPlan: z.boolean().default(false),
  showMeetings: z.boolean().default(false),
  showAchievements: z.boolean().default(false),
  showMonitoring: z.boolean().default(false),
  showNames: z.boolean().default(false),
});

export const publishCaseSchema = z.object({
  caseId: z.string().min(1),
  publish: z.boolean(),
});

export type CreateCaseInput = z.input<typeof createCaseSchema>;
export type SaveCaseInput = z.input<typeof saveCaseSchema>;
