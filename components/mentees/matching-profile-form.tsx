"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { CheckboxList } from "@/components/ui/checkbox-list";
import { SubmitButton } from "@/components/ui/submit-button";
import type { WorkFormat } from "@/lib/generated/prisma/enums";
import { availabilitySlotLabels, type AvailabilitySlot } from "@/lib/matching/score/availability-slots";
import { roleTraitLabels, type RoleTrait } from "@/lib/matching/score/role-models";
import { menteeMatchingProfileSchema, type MenteeMatchingProfileInput } from "@/lib/mentees/matching-profile-schema";
import { updateMenteeMatchingProfile } from "@/lib/mentees/update-matching-profile";
import { formatLabels } from "@/lib/mentorships/labels";
import { zodResolver } from "@/lib/validation/zod-resolver";

type Values = z.output<typeof menteeMatchingProfileSchema>;

/** What the matching compares for a mentee besides the requests: preferred formats, free times, role-model traits. */
export function MatchingProfileForm({
  personId,
  profile,
}: {
  personId: string;
  profile: { preferredFormats: WorkFormat[]; availabilitySlots: string[]; traits: string[] };
}) {
  const [notice, setNotice] = useState<FormNotice>({});
  const { register, handleSubmit, formState, setError } = useForm<MenteeMatchingProfileInput, unknown, Values>({
    resolver: zodResolver(menteeMatchingProfileSchema),
    defaultValues: {
      personId,
      preferredFormats: profile.preferredFormats,
      availabilitySlots: profile.availabilitySlots as AvailabilitySlot[],
      traits: profile.traits as RoleTrait[],
    },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setNotice({});
    const result = await updateMenteeMatchingProfile(values);
    if (result.ok) setNotice({ success: "Сведения для подбора сохранены." });
    else showFailure(result, setError, setNotice);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      <input type="hidden" {...register("personId")} />
      <CheckboxList
        legend="Предпочитаемые форматы работы"
        labels={formatLabels}
        registration={register("preferredFormats")}
        error={errors.preferredFormats?.message}
      />
      <CheckboxList
        legend="Удобное время занятий"
        labels={availabilitySlotLabels}
        registration={register("availabilitySlots")}
        error={errors.availabilitySlots?.message}
        columns
      />
      <CheckboxList
        legend="Качества для ролевых моделей"
        labels={roleTraitLabels}
        registration={register("traits")}
        error={errors.traits?.message}
      />
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        Сохранить сведения для подбора
      </SubmitButton>
    </form>
  );
}
