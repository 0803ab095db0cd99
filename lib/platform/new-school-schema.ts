import { z } from "zod";

const name = (label: string, max = 120) => z.string().trim().min(1, `Укажите ${label}.`).max(max, `Не длиннее ${max} символов.`);

/** A new school of a municipality with its first admin, who gets a one-time code (the operator's page and script). */
export const newSchoolSchema = z.object({
  municipalityName: name("муниципалитет", 200),
  schoolName: name("полное название школы", 300),
  shortName: name("краткое название", 80),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{1,40}$/, "Латинские буквы, цифры и дефис, от 2 до 41 символа, например sosh-12."),
  adminLastName: name("фамилию администратора", 80),
  adminFirstName: name("имя администратора", 80),
  adminMiddleName: z.string().trim().max(80, "Не длиннее 80 символов.").optional().default(""),
});

export type NewSchoolInput = z.input<typeof newSchoolSchema>;
export type NewSchool = z.output<typeof newSchoolSchema>;
