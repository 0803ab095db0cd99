"use client";

import { zodResolver } from "@/lib/validation/zod-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { CheckboxList } from "@/components/ui/checkbox-list";
import type { MenteeRequestKind, MentorCategory, MentoringForm, WorkFormat } from "@/lib/generated/prisma/enums";
import { availabilitySlotLabels, type AvailabilitySlot } from "@/lib/matching/score/availability-slots";
import { roleTraitLabels, type RoleTrait } from "@/lib/matching/score/role-models";
import { requestKindLabels } from "@/lib/mentees/labels";
import { mentorProfileSchema, type MentorProfileInput } from "@/lib/mentors/profile-schema";
import { updateMentorProfile } from "@/lib/mentors/update-mentor-profile";
import { formatLabels, formLabels } from "@/lib/mentorships/labels";
import { OutsideCategoryOptions, PartnerOptions } from "./select-options";
import { showFailure, type FormNotice } from "./show-result";

type Values = z.output<typeof mentorProfileSchema>;

export function MentorProfileForm({
  mentor,
  isOutside,
  needsCertificate,
  partners,
}: {
  mentor: {
    id: string;
    category: MentorCategory;
    partnerId: string | null;
    competencies: string | null;
    strengths: string | null;
    preferredForms: MentoringForm[];
    preferredFormats: WorkFormat[];
    competencyKinds: MenteeRequestKind[];
    groupRequest: MenteeRequestKind | null;
    availabilitySlots: string[];
    traits: string[];
    capacity: number;
    availability: string | null;
    contact: string | null;
    certificateIssuedOn: string;
  };
  isOutside: boolean;
  needsCertificate: boolean;
  partners: { id: string; name: string }[];
}) {
  const [notice, setNotice] = useState<FormNotice>({});
  const { register, handleSubmit, formState, setError, watch } = useForm<MentorProfileInput, unknown, Values>({
    resolver: zodResolver(mentorProfileSchema),
    defaultValues: {
      mentorId: mentor.id,
      category: mentor.category,
      partnerId: mentor.partnerId ?? "",
      competencies: mentor.competencies ?? "",
      strengths: mentor.strengths ?? "",
      preferredForms: mentor.preferredForms,
      preferredFormats: mentor.preferredFormats,
      competencyKinds: mentor.competencyKinds,
      groupRequest: mentor.groupRequest ?? "",
      availabilitySlots: mentor.availabilitySlots as AvailabilitySlot[],
      traits: mentor.traits as RoleTrait[],
      capacity: mentor.capacity,
      availability: mentor.availability ?? "",
      contact: mentor.contact ?? "",
      certificateIssuedOn: mentor.certificateIssuedOn,
    },
  });
  const { errors, isSubmitting } = formState;
  const category = watch("category");

  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await updateMentorProfile(values);
    if (result.ok) setNotice({ success: "Профиль сохранён." });
    else showFailure(result, setError, setNotice);
  });

  const error = (name: keyof MentorProfileInput) => errors[name]?.message as string | undefined;
  const aria = (name: keyof MentorProfileInput) => ({
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": describedBy(name, error(name)),
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      <input type="hidden" {...register("mentorId")} />
      {isOutside ? (
        <Field id="category" label="Категория" error={error("category")}>
          <select id="category" className={inputClass} {...aria("category")} {...register("category")}>
            <OutsideCategoryOptions />
          </select>
        </Field>
      ) : (
        <input type="hidden" {...register("category")} />
      )}
      {category === "PARTNER_EMPLOYEE" && (
        <Field id="partnerId" label="Организация-партнёр" error={error("partnerId")}>
          <select id="partnerId" className={inputClass} {...aria("partnerId")} {...register("partnerId")}>
            <PartnerOptions partners={partners} />
          </select>
        </Field>
      )}
      <Field id="competencies" label="Компетенции" error={error("competencies")} hint="Предметы, профессия, опыт">
        <textarea id="competencies" rows={2} className={inputClass} {...aria("competencies")} {...register("competencies")} />
      </Field>
      <Field id="strengths" label="Сильные стороны" error={error("strengths")}>
        <textarea id="strengths" rows={2} className={inputClass} {...aria("strengths")} {...register("strengths")} />
      </Field>
      <CheckboxList
        legend="С какими запросами работает (для подбора)"
        labels={requestKindLabels}
        registration={register("competencyKinds")}
        error={error("competencyKinds")}
      />
      <Field
        id="groupRequest"
        label="Ведёт группу по общему запросу"
        error={error("groupRequest")}
        hint="Подбор соберёт к наставнику группу наставляемых с этим запросом"
      >
        <select id="groupRequest" className={inputClass} {...aria("groupRequest")} {...register("groupRequest")}>
          <option value="">Нет — отдельные пары</option>
          {(Object.keys(requestKindLabels) as MenteeRequestKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {requestKindLabels[kind]}
            </option>
          ))}
        </select>
      </Field>
      <CheckboxList legend="Предпочитаемые формы наставничества" labels={formLabels} registration={register("preferredForms")} />
      <CheckboxList legend="Предпочитаемые форматы работы" labels={formatLabels} registration={register("preferredFormats")} />
      <CheckboxList
        legend="Удобное время занятий"
        labels={availabilitySlotLabels}
        registration={register("availabilitySlots")}
        error={error("availabilitySlots")}
        columns
      />
      <CheckboxList
        legend="Качества для ролевых моделей"
        labels={roleTraitLabels}
        registration={register("traits")}
        error={error("traits")}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="capacity" label="Сколько наставляемых может вести" error={error("capacity")} hint="От 1 до 10">
          <input
            id="capacity"
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
            className={inputClass}
            {...aria("capacity")}
            {...register("capacity")}
          />
        </Field>
        <Field
          id="certificateIssuedOn"
          label="Дата справки о несудимости"
          error={error("certificateIssuedOn")}
          hint={needsCertificate ? "Обязательна для взрослого не из школы" : "Для этой категории не требуется"}
        >
          <input
            id="certificateIssuedOn"
            type="date"
            className={inputClass}
            {...aria("certificateIssuedOn")}
            {...register("certificateIssuedOn")}
          />
        </Field>
      </div>
      <Field id="contact" label="Контакты" error={error("contact")} hint="Телефон или e-mail">
        <input id="contact" className={inputClass} {...aria("contact")} {...register("contact")} />
      </Field>
      <Field id="availability" label="Когда может заниматься" error={error("availability")} hint="Дни и время, онлайн или очно">
        <input id="availability" className={inputClass} {...aria("availability")} {...register("availability")} />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        Сохранить профиль
      </SubmitButton>
    </form>
  );
}
