"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { groupMeetingSchema, type GroupMeetingInput } from "@/lib/group-meetings/group-meeting-schema";
import { saveGroupMeeting } from "@/lib/group-meetings/save-group-meeting";
import { zodResolver } from "@/lib/validation/zod-resolver";
import { PeoplePicker } from "./people-picker";

type Person = { id: string; label: string };

/** The group meeting: date, place and who of the mentor and mentee bases was there (chosen, searched by name). */
export function GroupMeetingForm({
  people,
  values,
}: {
  people: { mentors: Person[]; mentees: Person[] };
  values: { meetingId: string; heldOn: string; place: string; notes: string; mentorIds: string[]; menteeIds: string[] };
}) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const form = useForm<GroupMeetingInput, unknown, z.output<typeof groupMeetingSchema>>({
    resolver: zodResolver(groupMeetingSchema),
    defaultValues: values,
  });
  const { errors, isSubmitting } = form.formState;
  const [mentorIds, menteeIds] = useWatch({ control: form.control, name: ["mentorIds", "menteeIds"] });
  const onSubmit = form.handleSubmit(async (input) => {
    setNotice({});
    const result = await saveGroupMeeting(input);
    if (!result.ok) return showFailure(result, form.setError, setNotice);
    setNotice({ success: "Встреча сохранена." });
    if (!values.meetingId) router.push(`/curator/group-meetings/${result.data.id}`);
    else router.refresh();
  });
  const asList = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="meeting-date" label="Дата встречи" error={errors.heldOn?.message}>
          <input
            id="meeting-date"
            type="date"
            className={inputClass}
            aria-invalid={Boolean(errors.heldOn)}
            aria-describedby={describedBy("meeting-date", errors.heldOn?.message)}
            {...form.register("heldOn")}
          />
        </Field>
        <Field id="meeting-place" label="Место" error={errors.place?.message}>
          <input
            id="meeting-place"
            className={inputClass}
            aria-invalid={Boolean(errors.place)}
            aria-describedby={describedBy("meeting-place", errors.place?.message)}
            {...form.register("place")}
          />
        </Field>
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <PeoplePicker
          id="meeting-mentors"
          legend="Наставники"
          people={people.mentors}
          checked={asList(mentorIds)}
          register={form.register("mentorIds")}
          error={errors.mentorIds?.message}
        />
        <PeoplePicker
          id="meeting-mentees"
          legend="Наставляемые"
          people={people.mentees}
          checked={asList(menteeIds)}
          register={form.register("menteeIds")}
          error={errors.menteeIds?.message}
        />
      </div>
      <Field id="meeting-notes" label="Заметки" error={errors.notes?.message}>
        <textarea id="meeting-notes" rows={2} className={inputClass} {...form.register("notes")} />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        Сохранить встречу
      </SubmitButton>
    </form>
  );
}
