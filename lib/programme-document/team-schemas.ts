import { z } from "zod";
import { MediaChannel, ProgrammeResourceKind, ProgrammeTeamRole, ResourceSource } from "@/lib/generated/prisma/enums";
import { dateField } from "@/lib/validation/date-field";

const id = (message: string) => z.string({ error: message }).min(1, message);
const optionalText = (max: number) => z.string().trim().max(max, `Не длиннее ${max} символов`).default("");

export const addTeamMemberSchema = z.object({
  personId: id("Выберите сотрудника"),
  role: z.enum(ProgrammeTeamRole, { error: "Выберите роль в программе" }),
  duties: optionalText(500),
});

export const addResourceSchema = z.object({
  kind: z.enum(ProgrammeResourceKind, { error: "Выберите вид ресурса" }),
  title: z.string({ error: "Опишите ресурс" }).trim().min(2, "Опишите ресурс").max(300, "Не длиннее 300 символов"),
  source: z.enum(ResourceSource, { error: "Выберите источник" }),
  details: optionalText(500),
});

const url = z
  .string()
  .trim()
  .max(500, "Не длиннее 500 символов")
  .refine((value) => value === "" || /^https?:\/\/[^\s]+\.[^\s]+$/.test(value), "Ссылка должна начинаться с https://")
  .default("");

export const savePublicationSchema = z
  .object({
    id: z.string().default(""),
    channel: z.enum(MediaChannel, { error: "Выберите, где публикация" }),
    title: z
      .string({ error: "Укажите тему публикации" })
      .trim()
      .min(2, "Укажите тему публикации")
      .max(300, "Не длиннее 300 символов"),
    plannedOn: dateField({ required: "Укажите плановую дату" }),
    responsible: z
      .string({ error: "Укажите ответственного" })
      .trim()
      .min(2, "Укажите ответственного")
      .max(200, "Не длиннее 200 символов"),
    publishedOn: dateField({ notFuture: "Дата публикации не может быть в будущем" }),
    url,
  })
  .superRefine((value, ctx) => {
    if (value.url && !value.publishedOn) {
      ctx.addIssue({ code: "custom", path: ["publishedOn"], message: "Укажите дату публикации вместе со ссылкой" });
    }
  });

export const removeRowSchema = z.object({ id: id("Не указана запись") });

export type AddTeamMemberInput = z.input<typeof addTeamMemberSchema>;
export type AddResourceInput = z.input<typeof addResourceSchema>;
export type SavePublicationInput = z.input<typeof savePublicationSchema>;
