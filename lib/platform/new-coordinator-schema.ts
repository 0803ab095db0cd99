import { z } from "zod";
import { loginField } from "@/lib/invitations/invitation-schema";

const name = (label: string) => z.string().trim().min(1, `Укажите ${label}.`).max(80, "Не длиннее 80 символов.");

/** A municipal coordinator's account: the municipality, the name and a login (the operator's page and script). */
export const newCoordinatorSchema = z.object({
  municipalityId: z.string({ error: "Выберите муниципалитет." }).min(1, "Выберите муниципалитет.").max(100),
  lastName: name("фамилию"),
  firstName: name("имя"),
  middleName: z.string().trim().max(80, "Не длиннее 80 символов.").optional().default(""),
  login: loginField,
});

export type NewCoordinatorInput = z.input<typeof newCoordinatorSchema>;
export type NewCoordinator = z.output<typeof newCoordinatorSchema>;
