import { z } from "zod";
import { checkboxes } from "@/lib/validation/checkbox-fields";
import { dateField } from "@/lib/validation/date-field";

const orderId = z.string({ error: "Не указан приказ" }).min(1, "Не указан приказ");

/** The curator sends the draft as they saw it: the ids of its pairs, so a pair another curator added meanwhile is noticed. */
export const submitOrderDraftSchema = z.object({
  mentorshipIds: checkboxes(z.array(z.string().min(1)).min(1, "В черновике нет пар и групп").max(2000)),
});

/** Approval: the number and the date the paper order was signed under. */
export const approveOrderSchema = z.object({
  orderId,
  number: z
    .string({ error: "Укажите номер приказа" })
    .trim()
    .min(1, "Укажите номер приказа")
    .max(20, "Номер — не длиннее 20 символов")
    .regex(/^(|[0-9A-Za-zА-Яа-яЁё][0-9A-Za-zА-Яа-яЁё./-]*)$/, "Номер — цифры и буквы, например 45-о"),
  signedOn: dateField({ required: "Укажите дату приказа", notFuture: "Дата приказа не может быть в будущем" }),
});

export const returnOrderSchema = z.object({
  orderId,
  comment: z
    .string({ error: "Напишите, что исправить" })
    .trim()
    .min(5, "Напишите, что исправить (не короче 5 символов)")
    .max(1000, "Не длиннее 1000 символов"),
});

/** The scan of the signed order arrives as FormData from the upload form. */
export const attachOrderScanSchema = z
  .instanceof(FormData, { error: "Заполните форму" })
  .transform((form) => ({ orderId: form.get("orderId") ?? undefined, file: form.get("file") ?? undefined }))
  .pipe(
    z.object({
      orderId,
      file: z
        .instanceof(File, { error: "Приложите скан подписанного приказа" })
        .refine((f) => f.size > 0, "Приложите скан подписанного приказа"),
    }),
  );

export type ApproveOrderInput = z.input<typeof approveOrderSchema>;
export type ReturnOrderInput = z.input<typeof returnOrderSchema>;
