import { z } from "zod";
import { ConsentGiverRole, ConsentPurpose } from "@/lib/generated/prisma/enums";
import { dateField } from "@/lib/validation/date-field";

const signedOn = dateField({ required: "Укажите дату подписания", notFuture: "Дата подписания в будущем" });

const purpose = z.enum(ConsentPurpose, { error: "Выберите цель согласия" });

/** The paper-consent form sends FormData: who, for whom, which text, when, and the scan of the signed form. */
export const recordPaperConsentSchema = z
  .instanceof(FormData, { error: "Заполните форму" })
  .transform((form) =>
    Object.fromEntries(
      ["subjectId", "giverId", "giverRole", "purpose", "textId", "givenOn", "file"].map((k) => [k, form.get(k) ?? undefined]),
    ),
  )
  .pipe(
    z.object({
      subjectId: z.string({ error: "Выберите ученика" }).min(1, "Выберите ученика"),
      giverId: z.string({ error: "Выберите, кто подписал согласие" }).min(1, "Выберите, кто подписал согласие"),
      giverRole: z.enum(ConsentGiverRole, { error: "Выберите, в каком качестве подписано согласие" }),
      purpose,
      textId: z.string({ error: "Выберите версию текста" }).min(1, "Выберите версию текста"),
      givenOn: signedOn,
      file: z
        .instanceof(File, { error: "Приложите скан подписанного бланка" })
        .refine((f) => f.size > 0, "Приложите скан подписанного бланка"),
    }),
  );

/** Giving consent in the app: the signed-in person for themselves or a parent for their own child. */
export const giveConsentSchema = z.object({
  subjectId: z.string().min(1),
  purpose,
  textId: z.string().min(1),
  agreed: z.literal(true, { error: "Подтвердите, что ознакомились с текстом и даёте согласие" }),
});

export const withdrawConsentSchema = z.object({
  subjectId: z.string().min(1),
  purpose,
  reason: z.string().trim().max(500, "Не длиннее 500 символов").optional().default(""),
  /** Who filed a paper withdrawal (the curator records it); in the app the signed-in giver's role is used. */
  giverRole: z.enum(ConsentGiverRole, { error: "Выберите, кто подал заявление" }).optional(),
});

export const publishConsentTextSchema = z.object({
  purpose,
  title: z.string().trim().min(5, "Название — не короче 5 символов").max(200, "Название — не длиннее 200 символов"),
  body: z.string().trim().min(50, "Текст — не короче 50 символов").max(20000, "Текст — не длиннее 20 000 символов"),
});

export type GiveConsentInput = z.input<typeof giveConsentSchema>;
export type WithdrawConsentInput = z.input<typeof withdrawConsentSchema>;
export type PublishConsentTextInput = z.input<typeof publishConsentTextSchema>;
