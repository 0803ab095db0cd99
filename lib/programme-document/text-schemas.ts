import { z } from "zod";
import { MentoringForm } from "@/lib/generated/prisma/enums";
import { dateField } from "@/lib/validation/date-field";
import { plainSectionKeys } from "./sections-schema";

const versionId = z.string({ error: "Не указана версия" }).min(1, "Не указана версия");

/** One section saved from its form; a per-form section names its form. */
export const saveSectionSchema = z.discriminatedUnion("section", [
  z.object({
    section: z.enum(plainSectionKeys),
    versionId,
    text: z.string({ error: "Заполните раздел" }).trim().max(20000, "Не длиннее 20000 символов"),
  }),
  z.object({
    section: z.enum(["expectedResults", "roleModels"]),
    form: z.enum(MentoringForm, { error: "Не указана форма наставничества" }),
    versionId,
    text: z.string({ error: "Заполните раздел" }).trim().max(20000, "Не длиннее 20000 символов"),
  }),
]);

const documentNumber = (required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(20, "Номер — не длиннее 20 символов")
    .regex(/^[0-9A-Za-zА-Яа-яЁё][0-9A-Za-zА-Яа-яЁё./-]*$/, "Номер — цифры и буквы, например 131 или 12-о");

/** «Рассмотрено» and «Утверждено», as written on the paper the director signs. */
export const approveTextSchema = z
  .object({
    versionId,
    /** When the draft the director read was last saved: a text changed since then is not approved unseen. */
    seenUpdatedAt: z.iso.datetime({ error: "Обновите страницу" }),
    councilName: z
      .string({ error: "Укажите, кем рассмотрена программа" })
      .trim()
      .min(3, "Укажите, кем рассмотрена программа")
      .max(200, "Не длиннее 200 символов"),
    councilProtocol: documentNumber("Укажите номер протокола"),
    councilDate: dateField({ required: "Укажите дату протокола", notFuture: "Дата протокола не может быть в будущем" }),
    orderNumber: documentNumber("Укажите номер приказа"),
    orderDate: dateField({ required: "Укажите дату приказа", notFuture: "Дата приказа не может быть в будущем" }),
  })
  .superRefine((value, ctx) => {
    if (value.councilDate && value.orderDate && value.orderDate < value.councilDate) {
      ctx.addIssue({ code: "custom", path: ["orderDate"], message: "Приказ — не раньше рассмотрения на совете" });
    }
  });

export type SaveSectionInput = z.input<typeof saveSectionSchema>;
export type ApproveTextInput = z.input<typeof approveTextSchema>;
