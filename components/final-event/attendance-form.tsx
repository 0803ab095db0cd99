"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { showFailure, type FormNotice } from "@/components/mentors/show-result";
import { FormMessage } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { attendanceSchema, type AttendanceInput } from "@/lib/final-event/final-event-schemas";
import { markAttendance } from "@/lib/final-event/mark-attendance";
import { zodResolver } from "@/lib/validation/zod-resolver";

/** The curator marks who came to the final event. */
export function AttendanceForm({ guests }: { guests: { id: string; name: string; attended: boolean | null }[] }) {
  const router = useRouter();
  const [notice, setNotice] = useState<FormNotice>({});
  const form = useForm<AttendanceInput, unknown, z.output<typeof attendanceSchema>>({
    resolver: zodResolver(attendanceSchema),
    defaultValues: { attendedGuestIds: guests.filter((g) => g.attended).map((g) => g.id) },
  });
  const { isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setNotice({});
    const result = await markAttendance(values);
    if (!result.ok) return showFailure(result, form.setError, setNotice);
    setNotice({ success: `Присутствие отмечено: ${result.data.attended}` });
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={notice.error} success={notice.success} />
      <fieldset>
        <legend className="text-sm font-medium">Кто присутствовал</legend>
        <div className="grid sm:grid-cols-2">
          {guests.map((g) => (
            <label key={g.id} className="flex min-h-10 items-center gap-2 text-sm">
              <input type="checkbox" value={g.id} className="h-5 w-5 shrink-0" {...form.register("attendedGuestIds")} />
              {g.name}
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton pending={isSubmitting} pendingLabel="Сохраняем…">
        Отметить присутствие
      </SubmitButton>
    </form>
  );
}
